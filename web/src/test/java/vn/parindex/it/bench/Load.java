package vn.parindex.it.bench;

/** What the load generator measured for one request at one number of users. */
record Load(long requests, double perSecond, double p50, double p95, double p99, long errors) {
  static final Load NONE = new Load(0, 0, Double.NaN, Double.NaN, Double.NaN, 0);
}

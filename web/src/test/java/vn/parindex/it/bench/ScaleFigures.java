package vn.parindex.it.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark measured at one scale. */
final class ScaleFigures {
  final Scale scale;
  double dataSeconds;
  long readyMillis;
  long rssIdleMb;
  long rssLoadedMb;
  long publishMillis;
  JvmProbe.Growth uploadHeap;
  JvmProbe.Growth downloadHeap;
  JvmProbe.Growth bundleHeap;
  JvmProbe.Growth campaignBundleHeap;
  long campaignBundleMb;
  Map<String, Integer> statements = new LinkedHashMap<>();
  final Map<String, Map<Integer, Load>> loads = new LinkedHashMap<>();

  ScaleFigures(Scale scale) {
    this.scale = scale;
  }

  /** The p95 of the readiness check at {@code users}: the floor every ratio is taken to. */
  double floorP95(int users) {
    return loads.get(Targets.READY).get(users).p95();
  }

  void print(PrintStream out) {
    out.println(BenchReport.markdown(this));
  }
}

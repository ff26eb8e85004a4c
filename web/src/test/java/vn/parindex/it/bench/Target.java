package vn.parindex.it.bench;

import java.util.List;

/**
 * One request the benchmark measures: its name in the tables, method, the paths it is spread over,
 * the bodies it sends in turn (none for a GET), whether it rides on a logged-in session, and, for a
 * save, the wrk script that sends it (null: the generic one).
 */
record Target(
    String name,
    String method,
    List<String> paths,
    List<String> bodies,
    boolean session,
    String script) {
  static Target get(String name, String path, boolean session) {
    return new Target(name, "GET", List.of(path), List.of(), session, null);
  }
}

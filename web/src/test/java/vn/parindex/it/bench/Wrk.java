package vn.parindex.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Debian's {@code wrk}, driven by a script that spreads the requests over the given paths and
 * sessions and prints the figures in one line: requests, requests per second, p50, p95 and p99 in
 * milliseconds, and errors (failed connections, reads, writes, timeouts and answers other than 2xx
 * or 3xx).
 */
final class Wrk {
  private static final Pattern LINE =
      Pattern.compile("BENCH (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)");
  private static final String DONE =
      """
      done = function(summary, latency, requests)
        local e = summary.errors
        io.write(string.format("BENCH %d %.3f %.3f %.3f %.3f %d\\n", summary.requests,
          summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
          latency:percentile(95) / 1000, latency:percentile(99) / 1000,
          e.connect + e.read + e.write + e.status + e.timeout))
      end
      """;

  private final String base;
  private final List<String> cookies;
  private final Path dir;

  Wrk(String base, List<String> cookies, Path dir) {
    this.base = base;
    this.cookies = cookies;
    this.dir = dir;
  }

  static boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/wrk"));
  }

  /** {@code users} connections sending {@code target}'s requests for {@code seconds}. */
  Load run(Target target, int users, int seconds) throws IOException, InterruptedException {
    Path script = dir.resolve("wrk-" + target.name().replaceAll("[^A-Za-z0-9]+", "-") + ".lua");
    Files.writeString(script, script(target), StandardCharsets.UTF_8);
    Process wrk =
        new ProcessBuilder(
                "/usr/bin/wrk",
                "-t",
                String.valueOf(Math.min(2, users)),
                "-c",
                String.valueOf(users),
                "-d",
                seconds + "s",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true)
            .start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    // Kept beside the script: what a failed save answered is printed there.
    Files.writeString(
        dir.resolve(script.getFileName().toString().replace(".lua", "-" + users + ".out")),
        output,
        StandardCharsets.UTF_8);
    Matcher m = LINE.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException(
          "wrk printed no figures for " + target.name() + ":\n" + output);
    }
    return new Load(
        Long.parseLong(m.group(1)),
        Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)),
        Double.parseDouble(m.group(4)),
        Double.parseDouble(m.group(5)),
        Long.parseLong(m.group(6)));
  }

  private String script(Target target) {
    String sessions =
        target.session()
            ? cookies.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","))
            : "";
    if (target.script() != null) {
      return "local sessions = {" + sessions + "}\n" + target.script() + DONE;
    }
    String paths =
        target.paths().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
    String bodies =
        target.bodies().stream()
            .map(b -> "\"" + b.replace("\"", "\\\"") + "\"")
            .collect(Collectors.joining(","));
    return "local sessions = {"
        + sessions
        + "}\nlocal paths = {"
        + paths
        + "}\nlocal bodies = {"
        + bodies
        + "}\nlocal n = 0\n"
        + "request = function()\n"
        + "  n = n + 1\n"
        + "  local headers = {}\n"
        + "  if #sessions > 0 then headers[\"Cookie\"] = sessions[(n % #sessions) + 1] end\n"
        + "  local body = nil\n"
        + "  if #bodies > 0 then\n"
        + "    body = bodies[(n % #bodies) + 1]\n"
        + "    headers[\"Content-Type\"] = \"application/json\"\n"
        + "    headers[\"Origin\"] = \""
        + base
        + "\"\n"
        + "  end\n"
        + "  return wrk.format(\""
        + target.method()
        + "\", paths[(n % #paths) + 1], headers, body)\n"
        + "end\n"
        + DONE;
  }
}

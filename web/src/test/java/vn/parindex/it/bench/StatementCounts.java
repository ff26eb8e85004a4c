package vn.parindex.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.it.support.RunningApp;

/**
 * The SQL statements one request of each target ran, read from the log of an application that
 * counts them ({@code PARINDEX_SQL_COUNT=true}); each request carries a probe parameter of its own,
 * so that its line is found among the others.
 */
final class StatementCounts {
  private static final Pattern COUNTED = Pattern.compile("SQL statements (\\d+): (\\S+) (\\S+)");

  private StatementCounts() {}

  static Map<String, Integer> of(RunningApp app, Path log, Iterable<Target> targets, String cookie)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Integer> counts = new LinkedHashMap<>();
    int probe = 0;
    for (Target t : targets) {
      String path = t.paths().get(0);
      path += (path.contains("?") ? "&" : "?") + "probe=" + ++probe;
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
      if (t.session()) {
        request.header("Cookie", cookie).header("Origin", app.url("/").replaceAll("/$", ""));
      }
      if (t.bodies().isEmpty()) {
        request.GET();
      } else {
        request.header("Content-Type", "application/json");
        request.method(t.method(), HttpRequest.BodyPublishers.ofString(t.bodies().get(0)));
      }
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            t.name()
                + ": "
                + response.statusCode()
                + " at "
                + path
                + " "
                + new String(response.body(), StandardCharsets.UTF_8));
      }
      counts.put(t.name(), logged(log, t.method(), path));
    }
    return counts;
  }

  private static int logged(Path log, String method, String path) throws Exception {
    for (int attempt = 0; attempt < 50; attempt++) {
      // The line is written as the request ends, which may be just after the client has the answer.
      Matcher m = COUNTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
      while (m.find()) {
        if (m.group(2).equals(method) && m.group(3).equals(path)) {
          return Integer.parseInt(m.group(1));
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("No statement count logged for " + path);
  }
}

package vn.parindex.it.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two Payara Micro servers clustered over loopback (Hazelcast, TCP/IP discovery) on one PostgreSQL
 * database, which also holds the evidence (each server has only its own disk), behind Debian's
 * HAProxy with sticky sessions that fail over: the province's two-server deployment on one machine.
 * Skipped with the reason (failed in strict mode) without HAProxy or PostgreSQL.
 */
public final class Cluster {
  private static final String HAPROXY = "/usr/sbin/haproxy";
  private static final String DATABASE = "parindex_cluster";

  private final Map<String, AppProcess> servers = new LinkedHashMap<>();
  private final Process balancer;
  private final RunningApp app;
  private final SmtpSink mail;

  private Cluster(Map<String, AppProcess> servers, Process balancer, int port, SmtpSink mail) {
    this.servers.putAll(servers);
    this.balancer = balancer;
    this.mail = mail;
    this.app = RunningApp.behind(URI.create("http://localhost:" + port), servers.get("a"), mail);
  }

  /** Starts the database, the two servers one after the other, then the balancer. */
  public static Cluster start() throws IOException, InterruptedException, SQLException {
    Strictness.require(new File(HAPROXY).canExecute(), "Debian haproxy");
    String url = System.getProperty("parindex.it.pg.url") + DATABASE;
    FreshDatabase.recreate(
        url,
        System.getProperty("parindex.it.pg.user"),
        System.getProperty("parindex.it.pg.password"),
        System.getProperty("parindex.it.pg.app-user"));
    Path dir = Path.of(System.getProperty("parindex.it.dataDir"), "cluster");
    FreshDatabase.deleteRecursively(dir);
    SmtpSink mail = SmtpSink.start();
    int[] members = {freePort(), freePort()};
    List<String> cluster =
        List.of(
            "--clustermode",
            "tcpip:127.0.0.1:" + members[0] + ",127.0.0.1:" + members[1],
            "--clustername",
            "parindex-it",
            "--startport");
    Map<String, AppProcess> servers = new LinkedHashMap<>();
    // The first sets up the database (migrations, first admin); the second joins it.
    for (int i = 0; i < 2; i++) {
      String name = i == 0 ? "a" : "b";
      List<String> options = new ArrayList<>(cluster);
      options.add(String.valueOf(members[i]));
      servers.put(name, AppProcess.launch(dir.resolve(name), mail, env(url), options, i == 0));
    }
    int port = freePort();
    Path config = dir.resolve("haproxy.cfg");
    Files.writeString(config, config(port, servers), StandardCharsets.UTF_8);
    Process balancer =
        new ProcessBuilder(HAPROXY, "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.log").toFile())
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(balancer::destroy));
    awaitBalancer(port, balancer);
    return new Cluster(servers, balancer, port, mail);
  }

  /**
   * Until the balancer passes requests on steadily (four in a row, two seconds): both servers seen
   * healthy, HAProxy listening.
   */
  private static void awaitBalancer(int port, Process balancer) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build();
    int inARow = 0;
    for (int i = 0; i < 120 && balancer.isAlive(); i++) {
      try {
        boolean up = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        inARow = up ? inARow + 1 : 0;
      } catch (IOException e) {
        inARow = 0;
      }
      if (inARow == 4) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("HAProxy did not pass requests on; see haproxy.log");
  }

  /**
   * Sticky sessions by a cookie naming the server, health checks every half second, and a request
   * that finds its server gone sent to the other (redispatch, retries on a refused connection or an
   * empty answer), so that a failing server loses no request.
   */
  private static String config(int port, Map<String, AppProcess> servers) {
    StringBuilder cfg =
        new StringBuilder(
            """
            global
              maxconn 512
            defaults
              mode http
              timeout connect 1s
              timeout client 60s
              timeout server 60s
              timeout check 5s
              retries 3
              option redispatch 1
              retry-on conn-failure empty-response response-timeout
            listen parindex
              bind 127.0.0.1:%d
              balance roundrobin
              cookie SERVERID insert indirect nocache
              option httpchk GET /health/ready
              default-server inter 1s fall 3 rise 2
            """
                .formatted(port));
    servers.forEach(
        (name, server) ->
            cfg.append("  server ")
                .append(name)
                .append(" 127.0.0.1:")
                .append(server.port())
                .append(" check cookie ")
                .append(name)
                .append('\n'));
    return cfg.toString();
  }

  /** Each server its own disk: the evidence is in the database, which they share. */
  private static Map<String, String> env(String url) {
    Map<String, String> env = AppProcess.onPostgresql(url);
    env.put("PARINDEX_SQL_COUNT", "false");
    env.put("PARINDEX_EVIDENCE_STORE", "database");
    return env;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The application as its users reach it: through the balancer. */
  public RunningApp app() {
    return app;
  }

  /** A server by the name the balancer's cookie gives it ("a" or "b"). */
  public AppProcess server(String name) {
    return servers.get(name);
  }

  /** One server reached straight, past the balancer, with the same helper accounts. */
  public RunningApp direct(String name) {
    AppProcess server = servers.get(name);
    return new RunningApp(
        URI.create("http://localhost:" + server.port()),
        server.log(),
        app.generatedAdminPassword(),
        mail);
  }

  public void stop() throws InterruptedException {
    balancer.destroy();
    for (AppProcess server : servers.values()) {
      if (server.process().isAlive()) {
        server.stop();
      }
    }
  }
}

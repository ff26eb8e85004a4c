package vn.parindex.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each container test class an empty database before Arquillian deploys the application: the
 * H2 files of the embedded default are deleted, or the PostgreSQL database named by {@code DB_URL}
 * is dropped and created again by the schema's owner ({@code DB_OWNER_USER}, which needs CREATEDB;
 * the application connects as {@code DB_USER}, which must exist). Where no PostgreSQL server
 * answers, an embedded one is started first (see {@link EmbeddedPostgresql}).
 */
public class FreshDatabase implements BeforeAllCallback {
  public static boolean onPostgresql() {
    return "postgresql".equals(System.getProperty("parindex.it.database"));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (System.getProperty("parindex.war") == null) {
      // Inside the container Jupiter runs this class's extensions again; the database is in use.
      return;
    }
    if (onPostgresql()) {
      recreatePostgresqlDatabase();
    } else {
      deleteRecursively(Path.of(System.getenv("PARINDEX_DATA_DIR")));
    }
  }

  private static void recreatePostgresqlDatabase() throws SQLException {
    recreate(
        System.getenv("DB_URL"),
        System.getenv("DB_OWNER_USER"),
        System.getenv("DB_OWNER_PASSWORD"),
        System.getenv("DB_USER"));
  }

  /**
   * Drops the PostgreSQL database at {@code url} and creates it again, empty, owned by {@code
   * owner}; where the server, the owner or the application's role {@code app} is missing, the test
   * is skipped (or fails in strict mode) with the reason.
   */
  public static void recreate(String url, String owner, String ownerPassword, String app)
      throws SQLException {
    String name = url.substring(url.lastIndexOf('/') + 1);
    String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    if (!EmbeddedPostgresql.ensure(maintenance, owner, app)) {
      Strictness.require(false, "PostgreSQL at " + maintenance);
      return;
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection(maintenance, owner, ownerPassword);
    } catch (SQLException e) {
      Strictness.require(false, "PostgreSQL at " + maintenance + " (" + e.getMessage() + ")");
      return;
    }
    try (connection;
        Statement statement = connection.createStatement()) {
      try (ResultSet role =
          statement.executeQuery("select 1 from pg_roles where rolname = '" + app + "'")) {
        if (!role.next()) {
          Strictness.require(false, "the application's role " + app + " on " + maintenance);
          return;
        }
      }
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name + " encoding 'UTF8' template template0");
    }
  }

  public static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

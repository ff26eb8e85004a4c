package vn.parindex.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each container test class an empty database before Arquillian deploys the application: the
 * H2 files of the embedded default are deleted, or the PostgreSQL database named by {@code DB_URL}
 * is dropped and created again (the test user needs CREATEDB). Where no PostgreSQL server answers,
 * an embedded one is started first (see {@link EmbeddedPostgresql}).
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
    String url = System.getenv("DB_URL");
    String name = url.substring(url.lastIndexOf('/') + 1);
    String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    if (!EmbeddedPostgresql.ensure(maintenance, System.getenv("DB_USER"))) {
      Strictness.require(false, "PostgreSQL at " + maintenance);
      return;
    }
    Connection connection;
    try {
      connection =
          DriverManager.getConnection(
              maintenance, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    } catch (SQLException e) {
      Strictness.require(false, "PostgreSQL at " + maintenance + " (" + e.getMessage() + ")");
      return;
    }
    try (connection;
        Statement statement = connection.createStatement()) {
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

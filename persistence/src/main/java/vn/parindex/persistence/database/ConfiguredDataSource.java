package vn.parindex.persistence.database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's connection factory, pooled by the server through {@link DatabaseMigration}'s
 * {@code @DataSourceDefinition}. It reads {@code db.url}, {@code db.user} and {@code db.password}
 * from MicroProfile Config (so {@code DB_URL} etc. in the environment switch to PostgreSQL without
 * a rebuild), and without them opens an H2 file under {@code parindex.data.dir} (default {@code
 * ./data}), which keeps the data of the embedded run across restarts.
 *
 * <p>A data source of our own, rather than a driver class named in the annotation, because the
 * driver class has to follow the configured URL.
 */
public class ConfiguredDataSource implements DataSource {
  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private volatile Target target;
  private PrintWriter logWriter;
  private int loginTimeout;

  private record Target(Driver driver, String url, Properties credentials, boolean counted) {
    Connection connect(Properties as) throws SQLException {
      Connection physical = driver.connect(url, as);
      return counted ? StatementCount.counting(physical) : physical;
    }
  }

  /**
   * Whether the application runs on PostgreSQL, where some statements take a clause H2 does not
   * know (and migrations add what H2 cannot do); otherwise it is on H2.
   */
  public static boolean onPostgresql(Config config) {
    return configuredUrl(config).startsWith("jdbc:postgresql:");
  }

  /** The JDBC URL the application uses, with the embedded H2 default. */
  public static String configuredUrl(Config config) {
    return config
        .getOptionalValue("db.url", String.class)
        .orElseGet(
            () -> {
              Path dataDir = DataDirectory.resolve(config);
              return "jdbc:h2:file:"
                  + dataDir.resolve("db").resolve("parindex").toAbsolutePath()
                  // Each commit written at once, not within H2's default half second: a process
                  // killed (kill -9, the OOM killer) must not take answered saves with it.
                  + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
            });
  }

  private Target target() throws SQLException {
    Target resolved = target;
    if (resolved == null) {
      synchronized (this) {
        if (target == null) {
          target = resolve();
        }
        resolved = target;
      }
    }
    return resolved;
  }

  private static Target resolve() throws SQLException {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    String url = configuredUrl(config);
    boolean embedded = url.startsWith("jdbc:h2:");
    Properties credentials = new Properties();
    credentials.setProperty(
        "user", config.getOptionalValue("db.user", String.class).orElse(embedded ? "sa" : ""));
    credentials.setProperty(
        "password", config.getOptionalValue("db.password", String.class).orElse(""));
    for (Driver driver :
        ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
      if (driver.acceptsURL(url)) {
        LOG.info(() -> "Database: " + url.replaceAll("password=[^;&]*", "password=***"));
        return new Target(driver, url, credentials, StatementCount.enabled(config));
      }
    }
    throw new SQLException("No JDBC driver accepts the configured db.url " + url);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Target t = target();
    return t.connect(t.credentials());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Target t = target();
    Properties credentials = new Properties();
    credentials.setProperty("user", username);
    credentials.setProperty("password", password);
    return t.connect(credentials);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}

package vn.parindex.persistence.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import vn.parindex.shared.DatabaseReady;

/**
 * Brings the schema to the version this build expects before anything else touches the database,
 * then announces {@link DatabaseReady}. The schema changes only here, through the versioned scripts
 * in {@code db/migration} (plus {@code db/vendor/postgresql} on PostgreSQL, for what H2 cannot
 * express, such as the triggers that keep the audit trail append-only); JPA never generates tables.
 *
 * <p>Bean-managed transactions, because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "vn.parindex.persistence.database.ConfiguredDataSource",
    minPoolSize = 1,
    maxPoolSize = 30)
public class DatabaseMigration {
  public static final String DATA_SOURCE = "java:app/jdbc/parindex";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Event<DatabaseReady> ready;

  @PostConstruct
  void migrate() {
    Config config = ConfigProvider.getConfig(DatabaseMigration.class.getClassLoader());
    String url = ConfiguredDataSource.configuredUrl(config);
    boolean postgresql = ConfiguredDataSource.onPostgresql(config);
    String appRole = config.getOptionalValue("db.user", String.class).orElse("");
    Optional<String> owner = config.getOptionalValue("db.owner.user", String.class);
    FluentConfiguration flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .locations(locations(postgresql))
            .placeholders(Map.of("appRole", appRole));
    if (postgresql && owner.isPresent()) {
      // The schema's owner migrates it and grants the application's role what it may do: on the
      // trails, read and add, never change, remove, truncate or switch a trigger off.
      flyway.dataSource(
          url, owner.get(), config.getOptionalValue("db.owner.password", String.class).orElse(""));
    } else {
      flyway.dataSource(dataSource);
    }
    MigrateResult result = flyway.load().migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now"
                + (owner.isPresent() && postgresql ? " as " + owner.get() : "")
                + ")");
    ready.fire(new DatabaseReady());
  }

  private static String[] locations(boolean postgresql) {
    return postgresql
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
        : new String[] {"classpath:db/migration"};
  }
}

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
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
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
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now)");
    ready.fire(new DatabaseReady());
  }

  private static String[] locations() {
    String url =
        ConfiguredDataSource.configuredUrl(
            ConfigProvider.getConfig(DatabaseMigration.class.getClassLoader()));
    return url.startsWith("jdbc:postgresql:")
        ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
        : new String[] {"classpath:db/migration"};
  }
}

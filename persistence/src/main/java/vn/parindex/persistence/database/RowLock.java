package vn.parindex.persistence.database;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a statement locks a campaign's row so that writers of the same campaign's work go one at a
 * time. A writer has usually written rows that refer to the campaign before it locks (a new score,
 * a new person on a list), and on PostgreSQL each such row holds a key-share lock on the campaign's
 * row: two writers both holding one and both asking {@code for update} wait for each other
 * (deadlock, found by the load benchmark at 8 parallel saves). {@code for no key update} does not
 * conflict with key-share and still lets one writer through at a time; H2 knows only {@code for
 * update} and takes no lock for a reference. Read when first used: the data source is configured by
 * then.
 */
public final class RowLock {
  public static final String CLAUSE =
      ConfiguredDataSource.onPostgresql(ConfigProvider.getConfig())
          ? " for no key update"
          : " for update";

  private RowLock() {}
}

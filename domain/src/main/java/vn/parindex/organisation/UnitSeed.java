package vn.parindex.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Logger;
import vn.parindex.shared.DatabaseReady;

/**
 * Gives a new installation its first units ({@link UnitSeedSource}: the Hà Tĩnh units of 2022
 * unless its operator chose otherwise), so the first campaign can start at once, and units stored
 * by an older version their search text.
 */
@ApplicationScoped
public class UnitSeed {
  /** The Hà Tĩnh units of 2022, beside this class. */
  public static final String HA_TINH_2022 = "units-hatinh-2022.csv";

  private static final Logger LOG = Logger.getLogger(UnitSeed.class.getName());

  @Inject UnitDirectory directory;
  @Inject UnitSeedSource source;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    try {
      if (directory.isEmpty()) {
        seed();
      }
      int indexed = directory.indexForSearch();
      if (indexed > 0) {
        LOG.info(() -> "Folded the search text of " + indexed + " organisation units");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void seed() throws IOException {
    Optional<Reader> list = source.open();
    if (list.isEmpty()) {
      LOG.info("No units seeded: the coordinators load or enter their own");
      return;
    }
    try (Reader csv = list.get()) {
      int added = directory.seedIfEmpty(csv);
      if (added > 0) {
        LOG.info(() -> "Seeded " + added + " organisation units from " + source.name());
      }
    }
  }
}

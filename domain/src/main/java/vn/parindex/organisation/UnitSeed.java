package vn.parindex.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import vn.parindex.shared.DatabaseReady;

/**
 * Gives a new installation the Hà Tĩnh units of 2022, so the first campaign can start at once, and
 * units stored by an older version their search text.
 */
@ApplicationScoped
public class UnitSeed {
  private static final Logger LOG = Logger.getLogger(UnitSeed.class.getName());
  static final String RESOURCE = "units-hatinh-2022.csv";

  @Inject UnitDirectory directory;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    try (Reader csv =
        new InputStreamReader(
            UnitSeed.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
      int added = directory.seedIfEmpty(csv);
      if (added > 0) {
        LOG.info(() -> "Seeded " + added + " organisation units from " + RESOURCE);
      }
      int indexed = directory.indexForSearch();
      if (indexed > 0) {
        LOG.info(() -> "Folded the search text of " + indexed + " organisation units");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

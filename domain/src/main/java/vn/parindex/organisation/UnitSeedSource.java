package vn.parindex.organisation;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * The unit list a new installation starts with, as its operator chose it: Hà Tĩnh's of 2022 by
 * default, a province's own file, or none (the coordinators load or type their units). Read only
 * while the unit table is empty.
 */
public interface UnitSeedSource {
  /** The list in the reference layout ({@link UnitCsv}), or none to start without units. */
  Optional<Reader> open() throws IOException;

  /** What the log says the units came from. */
  String name();
}

package vn.parindex.web.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.parindex.organisation.UnitSeed;
import vn.parindex.organisation.UnitSeedSource;

/**
 * {@code parindex.seed.units} ({@code PARINDEX_SEED_UNITS}): {@code hatinh-2022}, the default, for
 * the first customer's units; {@code none} for a province that loads its own list on the units
 * page; or the path of a CSV file in the reference layout.
 */
@ApplicationScoped
public class ConfiguredUnitSeed implements UnitSeedSource {
  static final String HA_TINH = "hatinh-2022";
  static final String NONE = "none";

  @Inject
  @ConfigProperty(name = "parindex.seed.units", defaultValue = HA_TINH)
  String choice;

  @Override
  public Optional<Reader> open() throws IOException {
    String chosen = choice.strip();
    if (NONE.equalsIgnoreCase(chosen)) {
      return Optional.empty();
    }
    if (HA_TINH.equalsIgnoreCase(chosen)) {
      return Optional.of(
          new InputStreamReader(
              UnitSeed.class.getResourceAsStream(UnitSeed.HA_TINH_2022), StandardCharsets.UTF_8));
    }
    // A wrong path stops the first start with the path in the log, rather than a province
    // starting with no units or with another province's.
    return Optional.of(Files.newBufferedReader(Path.of(chosen), StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return HA_TINH.equalsIgnoreCase(choice.strip()) ? UnitSeed.HA_TINH_2022 : choice.strip();
  }
}

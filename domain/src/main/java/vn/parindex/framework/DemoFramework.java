package vn.parindex.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import vn.parindex.organisation.UnitKind;
import vn.parindex.shared.DatabaseReady;

/**
 * Gives an empty installation a complete, published sample framework so that a campaign can be
 * tried at once. Its name says that it is not the official table: the points and most titles of
 * Bảng 2 (Quyết định 876/QĐ-BNV) are not known, and the real table is imported from the official
 * file.
 */
@ApplicationScoped
public class DemoFramework {
  private static final Logger LOG = Logger.getLogger(DemoFramework.class.getName());
  static final String RESOURCE = "demo-framework.csv";
  public static final String CODE = "MAU-876-2022";
  public static final String NAME = "Bộ chỉ số mẫu — không phải văn bản chính thức";

  @Inject FrameworkService service;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    FrameworkHeader header =
        new FrameworkHeader(
            CODE, NAME, null, null, null, 2022, 2023, UnitKind.PROVINCE, new BigDecimal("100"));
    try (Reader csv =
        new InputStreamReader(
            DemoFramework.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
      if (service.seedIfEmpty(header, FrameworkCsv.read(csv), true)) {
        LOG.info(() -> "Loaded the sample framework " + CODE + " (not an official table)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

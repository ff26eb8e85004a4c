package vn.parindex.reports;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * Fills a Word template with poi-tl: {@code {{name}}} takes a text, a block {@code {{?list}} …
 * {{/list}}} repeats for each item of a list, and a table row under a cell holding {@code {{rows}}}
 * repeats for each row, its cells' {@code [key]} taking the row's values.
 */
final class WordTemplate {
  /** Where a template comes from: the province's upload, or the one the product ships. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  /**
   * poi-tl writes a line at INFO for every placeholder it fills, thousands for one report of 2,000
   * leaves: only its warnings reach the server log. Held here, as the logging keeps loggers only
   * weakly and a collected one would forget its level.
   */
  private static final Logger POI_TL = Logger.getLogger("com.deepoove.poi");

  static {
    POI_TL.setLevel(Level.WARNING);
  }

  private WordTemplate() {}

  /**
   * @param tableRows the names whose table row repeats, one per item
   */
  static byte[] fill(
      Source source,
      Map<String, Object> data,
      Set<String> tableRows,
      DocumentProperties properties) {
    ConfigureBuilder builder = Configure.builder();
    tableRows.forEach(name -> builder.bind(name, new LoopRowTableRenderPolicy()));
    try (InputStream template = source.open();
        XWPFTemplate filled = XWPFTemplate.compile(template, builder.build()).render(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      describe(filled.getXWPFDocument().getProperties(), properties);
      filled.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The Word document could not be filled", e);
    }
  }

  /**
   * A value as a cell or paragraph of the document writes it: 85,95 with the Vietnamese decimal
   * comma, nothing for no value.
   */
  static String text(Object value) {
    return value instanceof BigDecimal d
        ? SelfAssessmentDocument.decimal(d)
        : Objects.toString(value, "");
  }

  /**
   * A table row's values as the document writes them ({@link #text}), by the same keys; in bold
   * where the row says so ({@link TableReport#BOLD}), as in the PDF.
   */
  static Map<String, Object> texts(Map<String, ?> row) {
    boolean bold = Boolean.TRUE.equals(row.get(TableReport.BOLD));
    Map<String, Object> cells = new LinkedHashMap<>();
    row.forEach(
        (key, value) -> cells.put(key, bold ? Texts.of(text(value)).bold().create() : text(value)));
    return cells;
  }

  private static void describe(POIXMLProperties target, DocumentProperties properties) {
    POIXMLProperties.CoreProperties core = target.getCoreProperties();
    core.setTitle(properties.title());
    core.setCreator(properties.author());
    core.setSubjectProperty(properties.subject());
    core.setKeywords(properties.keywords());
    target.getExtendedProperties().setApplication(DocumentProperties.APPLICATION);
  }
}

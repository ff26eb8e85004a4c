package vn.parindex.reports;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

  private static void describe(POIXMLProperties target, DocumentProperties properties) {
    POIXMLProperties.CoreProperties core = target.getCoreProperties();
    core.setTitle(properties.title());
    core.setCreator(properties.author());
    core.setSubjectProperty(properties.subject());
    core.setKeywords(properties.keywords());
    target.getExtendedProperties().setApplication(DocumentProperties.APPLICATION);
  }
}

package vn.parindex.reports;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.parindex.issuance.WordTemplates;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** The Word templates in the reports jar, and their placeholders as poi-tl reads them. */
@ApplicationScoped
public class PoiTlTemplates implements WordTemplates {
  /** A shipped template and the names whose table row repeats, one row per item. */
  private record Shipped(String resource, Set<String> tableRows) {}

  /** By kind, in the order the reports page offers them. */
  private static final Map<String, Shipped> SHIPPED = new LinkedHashMap<>();

  static {
    SHIPPED.put(
        "self-assessment", new Shipped(SelfAssessmentWord.TEMPLATE, SelfAssessmentWord.TABLE_ROWS));
    SHIPPED.put("progress", new Shipped(ProgressWord.TEMPLATE, ProgressWord.TABLE_ROWS));
    SHIPPED.put("ranking", new Shipped(RankingWord.TEMPLATE, RankingWord.TABLE_ROWS));
    SHIPPED.put("scorecard", new Shipped(ScorecardWord.TEMPLATE, ScorecardWord.TABLE_ROWS));
    SHIPPED.put("timeliness", new Shipped(TimelinessReport.TEMPLATE, TimelinessReport.TABLE_ROWS));
    SHIPPED.put("budget", new Shipped(BudgetDocument.TEMPLATE, BudgetDocument.TABLE_ROWS));
  }

  private static final Pattern CELL = Pattern.compile("\\[(\\w+)]");

  private final Map<String, Set<String>> required = new ConcurrentHashMap<>();

  @Override
  public List<String> kinds() {
    return List.copyOf(SHIPPED.keySet());
  }

  @Override
  public InputStream standard(String kind) {
    String resource = Objects.requireNonNull(SHIPPED.get(kind), kind).resource();
    return Objects.requireNonNull(
        PoiTlTemplates.class.getClassLoader().getResourceAsStream(resource), resource);
  }

  @Override
  public Set<String> required(String kind) {
    return required.computeIfAbsent(
        kind,
        k -> {
          try (InputStream in = standard(k)) {
            return tags(in, SHIPPED.get(k).tableRows());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public Set<String> placeholders(String kind, Path docx) throws IOException {
    Set<String> tableRows = Objects.requireNonNull(SHIPPED.get(kind), kind).tableRows();
    try (InputStream in = Files.newInputStream(docx)) {
      return tags(in, tableRows);
    } catch (IOException | RuntimeException e) {
      // Not a Word document (another file, a damaged one, an old .doc): nothing to fill.
      throw InvalidInputException.of(Violation.ofField("file", "template.notDocx"));
    }
  }

  /**
   * The template's placeholders; under a repeated table row's name, the cells of the row that
   * repeats too ({@code nodes[code]}), which poi-tl reads only while filling.
   */
  private static Set<String> tags(InputStream docx, Set<String> tableRows) throws IOException {
    try (XWPFTemplate template = XWPFTemplate.compile(docx)) {
      Set<String> tags = new TreeSet<>();
      collect(template.getElementTemplates(), tableRows, tags);
      return tags;
    }
  }

  private static void collect(
      List<MetaTemplate> templates, Set<String> tableRows, Set<String> tags) {
    for (MetaTemplate meta : templates) {
      if (meta instanceof ElementTemplate element) {
        tags.add(element.getTagName());
        if (tableRows.contains(element.getTagName()) && meta instanceof RunTemplate run) {
          tags.addAll(rowCells(element.getTagName(), run));
        }
      } else if (meta instanceof IterableTemplate block) {
        tags.add(block.getStartMark().getTagName());
        collect(block.getTemplates(), tableRows, tags);
      }
    }
  }

  /** The {@code [key]} cells of the row below the one holding the table row's name. */
  private static Set<String> rowCells(String name, RunTemplate tag) {
    Set<String> cells = new TreeSet<>();
    if (tag.getRun().getParent() instanceof XWPFParagraph paragraph
        && paragraph.getBody() instanceof XWPFTableCell cell) {
      XWPFTable table = cell.getTableRow().getTable();
      int below = table.getRows().indexOf(cell.getTableRow()) + 1;
      if (below < table.getRows().size()) {
        for (XWPFTableCell repeated : table.getRow(below).getTableCells()) {
          Matcher key = CELL.matcher(repeated.getText());
          while (key.find()) {
            cells.add(name + "[" + key.group(1) + "]");
          }
        }
      }
    }
    return cells;
  }
}

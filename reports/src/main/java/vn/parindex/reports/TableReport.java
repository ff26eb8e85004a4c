package vn.parindex.reports;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignConditionalStyle;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.OrientationEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;

/**
 * A table as an official document: A4 (landscape when it has more than {@value #WIDEST_PORTRAIT}
 * columns) with the margins of Nghị định 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15
 * mm), Liberation Serif (embedded in PDF, named Times New Roman in DOCX and XLSX), title lines
 * above, a header row and one row per record, the page number centred at the top from page 2. The
 * layout is compiled once per shape and reused.
 */
public final class TableReport {
  private static final int A4_WIDTH = 595;
  private static final int A4_HEIGHT = 842;

  /** The most columns a portrait page takes; a wider table is printed landscape. */
  static final int WIDEST_PORTRAIT = 9;

  /** A row's key that, set to true, prints the row in bold (a field of the framework). */
  public static final String BOLD = "_bold";

  private static final int LEFT = 85;
  private static final int RIGHT = 43;
  private static final int TOP = 57;
  private static final int BOTTOM = 57;
  private static final String FONT = "Liberation Serif";
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  /** One column: its field name, its header and its share of the page width. */
  public record Column(String field, String header, int weight, boolean number) {}

  /** A line above the table, in one of the decree's styles. */
  public record Title(String text, float size, boolean bold, boolean italic) {
    /** The document's title or an appendix heading: 14 pt bold. */
    public static Title heading(String text) {
      return new Title(text, 14f, true, false);
    }

    /** An appendix title: 13 pt bold. */
    public static Title bold(String text) {
      return new Title(text, 13f, true, false);
    }

    public static Title plain(String text) {
      return new Title(text, 13f, false, false);
    }

    /** The line that ties an appendix to its document: 13 pt italic. */
    public static Title italic(String text) {
      return new Title(text, 13f, false, true);
    }

    private String style() {
      return size + (bold ? "b" : "") + (italic ? "i" : "");
    }
  }

  private TableReport() {}

  /**
   * @param key names the layout for the cache: the same key must mean the same columns
   */
  static byte[] render(
      String key,
      List<Title> titles,
      List<Column> columns,
      List<Map<String, ?>> rows,
      ReportFormat format,
      DocumentProperties properties) {
    return DocumentExport.export(List.of(fill(key, titles, columns, rows)), format, properties);
  }

  /**
   * The filled table, to be exported alone or after other parts of a document; each part numbers
   * its own pages.
   */
  public static JasperPrint fill(
      String key, List<Title> titles, List<Column> columns, List<Map<String, ?>> rows) {
    String layout = key + "/" + titles.stream().map(Title::style).collect(Collectors.joining(","));
    JasperReport report = COMPILED.computeIfAbsent(layout, k -> compile(titles, columns));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
    for (int i = 0; i < titles.size(); i++) {
      parameters.put("TITLE" + i, titles.get(i).text());
    }
    try {
      return JasperFillManager.fillReport(
          report, parameters, new JRMapCollectionDataSource(new ArrayList<>(rows)));
    } catch (JRException e) {
      throw new IllegalStateException("Report " + key + " could not be produced", e);
    }
  }

  /** Plain cells, bold where the row says so ({@link #BOLD}). */
  private static JRDesignStyle boldRowStyle() {
    JRDesignStyle style = new JRDesignStyle();
    style.setName("row");
    style.setParentStyleNameReference("base");
    JRDesignConditionalStyle bold = new JRDesignConditionalStyle();
    bold.setConditionExpression(new JRDesignExpression("Boolean.TRUE.equals($F{" + BOLD + "})"));
    bold.setBold(true);
    style.addConditionalStyle(bold);
    return style;
  }

  /** An empty A4 portrait design with the decree's margins and Liberation Serif 13 pt. */
  static JasperDesign page(String name) {
    return page(name, false);
  }

  private static JasperDesign page(String name, boolean landscape) {
    JasperDesign design = new JasperDesign();
    design.setName(name);
    int width = landscape ? A4_HEIGHT : A4_WIDTH;
    design.setPageWidth(width);
    design.setPageHeight(landscape ? A4_WIDTH : A4_HEIGHT);
    design.setOrientation(landscape ? OrientationEnum.LANDSCAPE : OrientationEnum.PORTRAIT);
    design.setLeftMargin(LEFT);
    design.setRightMargin(RIGHT);
    design.setTopMargin(TOP);
    design.setBottomMargin(BOTTOM);
    design.setColumnWidth(width - LEFT - RIGHT);
    JRDesignStyle base = new JRDesignStyle();
    base.setName("base");
    base.setDefault(true);
    base.setFontName(FONT);
    base.setFontSize(13f);
    try {
      design.addStyle(base);
    } catch (JRException e) {
      throw new IllegalStateException(e);
    }
    return design;
  }

  private static JasperReport compile(List<Title> titles, List<Column> columns) {
    try {
      // The decree allows landscape pages for wide tables: the ranking's eight fields do not fit
      // a portrait page in a readable size.
      JasperDesign design = page("parindex-table", columns.size() > WIDEST_PORTRAIT);
      int width = design.getColumnWidth();
      declare(design, titles, columns);
      JRDesignStyle row = boldRowStyle();
      design.addStyle(row);
      design.setTitle(titleBand(titles, width));
      design.setPageHeader(pageNumberBand(width));
      int total = columns.stream().mapToInt(Column::weight).sum();
      JRDesignBand header = new JRDesignBand();
      header.setHeight(36);
      JRDesignBand detail = new JRDesignBand();
      detail.setHeight(20);
      int x = 0;
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        int w = i == columns.size() - 1 ? width - x : width * column.weight() / total;
        header.addElement(headerCell(column, x, w));
        detail.addElement(cell(column, row, x, w));
        x += w;
      }
      design.setColumnHeader(header);
      ((JRDesignSection) design.getDetailSection()).addBand(detail);
      return JasperCompileManager.getInstance(compileContext()).compile(design);
    } catch (JRException e) {
      throw new IllegalStateException("The table layout could not be compiled", e);
    }
  }

  /** The title lines as parameters, each column and the bold flag as fields. */
  private static void declare(JasperDesign design, List<Title> titles, List<Column> columns)
      throws JRException {
    for (int i = 0; i < titles.size(); i++) {
      JRDesignParameter parameter = new JRDesignParameter();
      parameter.setName("TITLE" + i);
      parameter.setValueClass(String.class);
      design.addParameter(parameter);
    }
    for (Column column : columns) {
      JRDesignField field = new JRDesignField();
      field.setName(column.field());
      field.setValueClass(Object.class);
      design.addField(field);
    }
    JRDesignField boldField = new JRDesignField();
    boldField.setName(BOLD);
    boldField.setValueClass(Boolean.class);
    design.addField(boldField);
  }

  private static JRDesignBand titleBand(List<Title> titles, int width) {
    JRDesignBand title = new JRDesignBand();
    title.setHeight(titles.size() * 20 + 10);
    for (int i = 0; i < titles.size(); i++) {
      JRDesignTextField line = text(0, i * 20, width, 20, "$P{TITLE" + i + "}");
      line.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
      line.setBold(titles.get(i).bold());
      line.setItalic(titles.get(i).italic());
      line.setFontSize(titles.get(i).size());
      line.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
      // A title that wraps pushes the lines under it down instead of running into them.
      line.setPositionType(PositionTypeEnum.FLOAT);
      title.addElement(line);
    }
    return title;
  }

  /** The page number, from the second page on, as the decree sets it. */
  private static JRDesignBand pageNumberBand(int width) {
    JRDesignBand pageHeader = new JRDesignBand();
    pageHeader.setHeight(18);
    JRDesignTextField number = text(0, 0, width, 16, "String.valueOf($V{PAGE_NUMBER})");
    number.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
    number.setPrintWhenExpression(new JRDesignExpression("$V{PAGE_NUMBER} > 1"));
    pageHeader.addElement(number);
    return pageHeader;
  }

  /**
   * A column's heading. It grows with its words and the row's cells grow with the tallest, so that
   * the borders of a row stay aligned.
   */
  private static JRDesignTextField headerCell(Column column, int x, int w) {
    JRDesignTextField head = text(x, 0, w, 36, quoted(column.header()));
    head.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
    head.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
    head.setBold(true);
    head.setFontSize(11f);
    head.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
    head.getLineBox().getPen().setLineWidth(0.5f);
    return head;
  }

  /**
   * A row's cell. Numbers stay numbers, so that a workbook can sum them; the report's Vietnamese
   * locale writes them 85,95 in PDF and DOCX.
   */
  private static JRDesignTextField cell(Column column, JRDesignStyle row, int x, int w) {
    String field = "$F{" + column.field() + "}";
    JRDesignTextField cell =
        column.number()
            ? text(x, 0, w, 20, field)
            : text(x, 0, w, 20, field + " == null ? \"\" : String.valueOf(" + field + ")");
    if (column.number()) {
      cell.setPattern("#,##0.##");
      cell.setBlankWhenNull(true);
    }
    cell.setStyle(row);
    cell.setFontSize(11f);
    cell.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
    cell.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
    cell.setHorizontalTextAlign(
        column.number() ? HorizontalTextAlignEnum.RIGHT : HorizontalTextAlignEnum.LEFT);
    cell.getLineBox().getPen().setLineWidth(0.5f);
    cell.getLineBox().setLeftPadding(2);
    cell.getLineBox().setRightPadding(2);
    return cell;
  }

  /**
   * The expressions of a layout are compiled with the JDK's javac, which sees the JVM's class path
   * only; inside the application server the Jasper library sits in the WAR, so it is named.
   */
  static SimpleJasperReportsContext compileContext() {
    SimpleJasperReportsContext context = new SimpleJasperReportsContext();
    try {
      String jasper =
          Path.of(JasperReport.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString();
      context.setProperty(
          "net.sf.jasperreports.compiler.classpath",
          jasper + File.pathSeparator + System.getProperty("java.class.path", ""));
    } catch (URISyntaxException | RuntimeException e) {
      // Without a file location the JVM class path is all javac gets, as in a plain JVM.
      return context;
    }
    return context;
  }

  /** A fixed text as a Java string literal for an expression. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static JRDesignTextField text(int x, int y, int width, int height, String expression) {
    JRDesignTextField field = new JRDesignTextField();
    field.setX(x);
    field.setY(y);
    field.setWidth(width);
    field.setHeight(height);
    field.setExpression(new JRDesignExpression(expression));
    return field;
  }
}

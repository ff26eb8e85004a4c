package vn.parindex.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignField;
import net.sf.jasperreports.engine.design.JRDesignLine;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP, Appendix I: the header block
 * (issuing body and number on the left, national title, motto and italic place and date on the
 * right, with their rules), document type, subject, addressee, then a body of blocks, each one of:
 * heading, paragraph, table row (5 cells) or its header, signature block with the recipients. The
 * layout is compiled once.
 */
public final class DocumentReport {
  private static final int WIDTH = 595 - 85 - 43;
  private static final AtomicReference<JasperReport> COMPILED = new AtomicReference<>();
  private static final int[] CELLS = {40, 227, 66, 66, 68};

  private DocumentReport() {}

  /**
   * One block of the body: its kind and up to five cells; numbers stay numbers in table rows (a
   * workbook can sum them; PDF and DOCX write them 85,95).
   */
  public static Map<String, ?> block(String kind, Object... cells) {
    Map<String, Object> block = new HashMap<>();
    block.put("kind", kind);
    for (int i = 0; i < CELLS.length; i++) {
      block.put("c" + (i + 1), i < cells.length ? cells[i] : "");
    }
    return block;
  }

  /**
   * The filled document, to be exported with its appendices.
   *
   * @param header ISSUER1, ISSUER2, NUMBER, PLACE_DATE, TYPE, SUBJECT, ADDRESSEE
   */
  public static JasperPrint fill(Map<String, String> header, List<Map<String, ?>> blocks) {
    JasperReport report =
        COMPILED.updateAndGet(compiled -> compiled != null ? compiled : compile());
    Map<String, Object> parameters = new HashMap<>(header);
    parameters.put(JRParameter.REPORT_LOCALE, TableReport.VIETNAMESE);
    try {
      return JasperFillManager.fillReport(
          report, parameters, new JRMapCollectionDataSource(List.copyOf(blocks)));
    } catch (JRException e) {
      throw new IllegalStateException("The document could not be produced", e);
    }
  }

  private static JasperReport compile() {
    try {
      return JasperCompileManager.getInstance(TableReport.compileContext()).compile(design());
    } catch (JRException e) {
      throw new IllegalStateException("The document layout could not be compiled", e);
    }
  }

  private static JasperDesign design() throws JRException {
    JasperDesign design = TableReport.page("parindex-document");
    declare(design);
    design.setTitle(heading());
    design.setPageHeader(pageNumber());
    JRDesignBand detail = new JRDesignBand();
    detail.setHeight(20);
    // A block that does not fit goes whole to the next page: the signature stays with the
    // signer's name, a table row with its cells.
    detail.setSplitType(SplitTypeEnum.PREVENT);
    addText(detail);
    addTableCells(detail);
    addSignature(detail);
    ((JRDesignSection) design.getDetailSection()).addBand(detail);
    return design;
  }

  /** The heading's parts as parameters; each block's kind and cells as fields. */
  private static void declare(JasperDesign design) throws JRException {
    for (String name :
        List.of("ISSUER1", "ISSUER2", "NUMBER", "PLACE_DATE", "TYPE", "SUBJECT", "ADDRESSEE")) {
      JRDesignParameter parameter = new JRDesignParameter();
      parameter.setName(name);
      parameter.setValueClass(String.class);
      design.addParameter(parameter);
    }
    for (String name : List.of("kind", "c1", "c2", "c3", "c4", "c5")) {
      JRDesignField field = new JRDesignField();
      field.setName(name);
      field.setValueClass(name.equals("kind") ? String.class : Object.class);
      design.addField(field);
    }
  }

  /**
   * The decree's heading: issuer and number at the left, the national motto and the place and date
   * at the right, then the document's type, subject and addressee.
   */
  private static JRDesignBand heading() {
    int left = 190;
    int right = WIDTH - left;
    JRDesignBand title = new JRDesignBand();
    title.setHeight(190);
    title.addElement(centred(0, 0, left, 16, "$P{ISSUER1}", 12f, true, false));
    title.addElement(centred(0, 16, left, 16, "$P{ISSUER2}", 12f, true, false));
    title.addElement(line(left / 2 - 30, 34, 60));
    title.addElement(centred(0, 40, left, 18, "$P{NUMBER}", 13f, false, false));
    title.addElement(
        centred(left, 0, right, 16, "\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"", 12f, true, false));
    title.addElement(
        centred(left, 16, right, 16, "\"Độc lập - Tự do - Hạnh phúc\"", 13f, true, false));
    title.addElement(line(left + right / 2 - 80, 34, 160));
    title.addElement(centred(left, 40, right, 18, "$P{PLACE_DATE}", 13f, false, true));
    title.addElement(centred(0, 80, WIDTH, 18, "$P{TYPE}", 14f, true, false));
    title.addElement(centred(0, 98, WIDTH, 36, "$P{SUBJECT}", 14f, true, false));
    title.addElement(line(WIDTH / 2 - 40, 136, 80));
    title.addElement(centred(0, 148, WIDTH, 18, "$P{ADDRESSEE}", 14f, false, false));
    return title;
  }

  /** The page number, from the second page on. */
  private static JRDesignBand pageNumber() {
    JRDesignBand pageHeader = new JRDesignBand();
    pageHeader.setHeight(18);
    JRDesignTextField number =
        centred(0, 0, WIDTH, 16, "String.valueOf($V{PAGE_NUMBER})", 13f, false, false);
    number.setPrintWhenExpression(new JRDesignExpression("$V{PAGE_NUMBER} > 1"));
    pageHeader.addElement(number);
    return pageHeader;
  }

  /** A heading ("h") and a paragraph ("p") block, each printed on the rows of its kind. */
  private static void addText(JRDesignBand detail) {
    JRDesignTextField heading = block(0, WIDTH, "h", "$F{c1}", 13f);
    heading.setBold(true);
    heading.getParagraph().setSpacingBefore(6);
    detail.addElement(heading);
    JRDesignTextField paragraph = block(0, WIDTH, "p", "$F{c1}", 13f);
    paragraph.setHorizontalTextAlign(HorizontalTextAlignEnum.JUSTIFIED);
    paragraph.getParagraph().setFirstLineIndent(36);
    paragraph.getParagraph().setSpacingAfter(6);
    detail.addElement(paragraph);
  }

  /** The cells of a table row ("r") and of a header row ("rh"). */
  private static void addTableCells(JRDesignBand detail) {
    int x = 0;
    for (int i = 0; i < CELLS.length; i++) {
      for (String kind : List.of("r", "rh")) {
        JRDesignTextField cell = block(x, CELLS[i], kind, "$F{c" + (i + 1) + "}", 11f);
        // As high as the band, so that one row's bottom border is the next row's top.
        cell.setHeight(detail.getHeight());
        cell.setPattern("#,##0.##");
        cell.setBlankWhenNull(true);
        cell.setBold(kind.equals("rh"));
        cell.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
        cell.getLineBox().getPen().setLineWidth(0.5f);
        cell.getLineBox().setLeftPadding(2);
        cell.getLineBox().setRightPadding(2);
        cell.setHorizontalTextAlign(
            i == 1 && kind.equals("r")
                ? HorizontalTextAlignEnum.LEFT
                : HorizontalTextAlignEnum.CENTER);
        detail.addElement(cell);
      }
      x += CELLS[i];
    }
  }

  /** The signature block ("sig"). */
  private static void addSignature(JRDesignBand detail) {
    // The decree sets the recipients at the left, level with the signature at the right.
    JRDesignTextField signature = block(WIDTH / 2, WIDTH / 2, "sig", "$F{c1}", 13f);
    signature.setBold(true);
    signature.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
    detail.addElement(signature);
    JRDesignTextField recipientsLabel = block(0, WIDTH / 2, "sig", "\"Nơi nhận:\"", 12f);
    recipientsLabel.setBold(true);
    recipientsLabel.setItalic(true);
    detail.addElement(recipientsLabel);
    JRDesignTextField recipients = block(0, WIDTH / 2, "sig", "$F{c2}", 11f);
    recipients.setY(18);
    recipients.setHeight(2);
    recipients.setPositionType(PositionTypeEnum.FLOAT);
    detail.addElement(recipients);
  }

  private static JRDesignTextField block(
      int x, int width, String kind, String expression, float size) {
    JRDesignTextField field = TableReport.text(x, 0, width, 18, expression);
    field.setFontSize(size);
    field.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
    field.setRemoveLineWhenBlank(true);
    field.setPrintWhenExpression(new JRDesignExpression("\"" + kind + "\".equals($F{kind})"));
    return field;
  }

  private static JRDesignTextField centred(
      int x,
      int y,
      int width,
      int height,
      String expression,
      float size,
      boolean bold,
      boolean italic) {
    JRDesignTextField field = TableReport.text(x, y, width, height, expression);
    field.setFontSize(size);
    field.setBold(bold);
    field.setItalic(italic);
    field.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
    field.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
    return field;
  }

  private static JRDesignLine line(int x, int y, int width) {
    JRDesignLine line = new JRDesignLine();
    line.setX(x);
    line.setY(y);
    line.setWidth(width);
    line.setHeight(0);
    line.getLinePen().setLineWidth(0.5f);
    return line;
  }
}

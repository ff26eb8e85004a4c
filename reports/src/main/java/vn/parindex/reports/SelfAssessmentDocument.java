package vn.parindex.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JasperPrint;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.reports.TableReport.Column;
import vn.parindex.reports.TableReport.Title;

/**
 * The province's self-assessment report to the Ministry in the layout of Nghị định 30/2020: the
 * report itself (summary by field, explanations of criteria without evidence, criteria at risk with
 * remedy and lead unit, difficulties and recommendations, signature, recipients) and Phụ lục I,
 * every node of the framework with its evidence, paginated on its own.
 */
final class SelfAssessmentDocument {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String NONE = "—";
  private static final List<Column> APPENDIX =
      List.of(
          new Column("code", "STT", 3, false),
          new Column("title", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", 10, false),
          new Column("max", "Điểm tối đa", 3, true),
          new Column("self", "Điểm tự đánh giá", 3, true),
          new Column("evidence", "Tài liệu kiểm chứng", 8, false),
          new Column("explanation", "Giải trình", 6, false));

  /**
   * What the province entered for a leaf: documents as the appendix cites them (empty without
   * evidence), the cause and remedy when it is at risk (null otherwise), and why the self-score
   * departs from the leaf's rule (null when it does not).
   */
  record Leaf(
      String code,
      BigDecimal self,
      String documents,
      String explanation,
      String lead,
      String riskCause,
      String remedy,
      String overrideReason) {
    boolean atRisk() {
      return riskCause != null || remedy != null;
    }

    BigDecimal points() {
      return Objects.requireNonNullElse(self, BigDecimal.ZERO);
    }
  }

  private final IssuingBody issuer;
  private final int year;
  private final ReportDraft draft;
  private final List<ReportNode> nodes;
  private final Map<String, ReportNode> byCode = new HashMap<>();
  private final List<Leaf> leaves;

  SelfAssessmentDocument(
      IssuingBody issuer, int year, ReportDraft draft, List<ReportNode> nodes, List<Leaf> leaves) {
    this.issuer = issuer;
    this.year = year;
    this.draft = draft;
    this.nodes = nodes;
    this.leaves = leaves;
    nodes.forEach(n -> byCode.put(n.code(), n));
  }

  /**
   * The report and its appendix in one file; a PDF with the empty signature field where the signer
   * signs ({@link SignatureField}); a DOCX filled into the Word template ({@link
   * SelfAssessmentWord}).
   */
  byte[] export(ReportFormat format, WordTemplate.Source template, DocumentProperties properties) {
    if (format == ReportFormat.DOCX) {
      return SelfAssessmentWord.render(this, template, properties);
    }
    List<JasperPrint> parts = parts();
    byte[] file = DocumentExport.export(parts, format, properties);
    if (format != ReportFormat.PDF) {
      return file;
    }
    return SignaturePlace.find(parts.get(0), issuer.signingFor())
        .map(place -> SignatureField.add(file, place))
        .orElse(file);
  }

  /** The report, then its appendix. */
  List<JasperPrint> parts() {
    JasperPrint report = DocumentReport.fill(header(), body());
    report.setName("Báo cáo");
    JasperPrint appendix =
        TableReport.fill("self-assessment-appendix", appendixTitles(), APPENDIX, appendixRows());
    appendix.setName("Phụ lục I");
    return List.of(report, appendix);
  }

  private Map<String, String> header() {
    LocalDate issued = draft.getIssuedOn();
    Map<String, String> header = new HashMap<>();
    List<String> lines = issuer.headerLines();
    header.put("ISSUER1", lines.get(0));
    header.put("ISSUER2", lines.size() > 1 ? lines.get(1) : "");
    header.put("NUMBER", "Số: " + number());
    header.put("PLACE_DATE", issuer.placeAndDate(issued, year));
    header.put("TYPE", "BÁO CÁO");
    header.put("SUBJECT", "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm " + year);
    header.put("ADDRESSEE", "Kính gửi: Bộ Nội vụ");
    return header;
  }

  private List<Map<String, ?>> body() {
    List<Map<String, ?>> blocks = new ArrayList<>();
    blocks.add(DocumentReport.block("h", "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"));
    blocks.add(DocumentReport.block("p", summary()));
    blocks.add(
        DocumentReport.block(
            "rh", "STT", "Lĩnh vực", "Điểm tối đa", "Điểm tự đánh giá", "Tỷ lệ (%)"));
    fieldRows()
        .forEach(
            f ->
                blocks.add(
                    DocumentReport.block("r", f.code(), f.title(), f.max(), f.self(), f.share())));
    blocks.add(
        DocumentReport.block("h", "II. GIẢI TRÌNH CÁC TIÊU CHÍ CHƯA CÓ ĐỦ TÀI LIỆU KIỂM CHỨNG"));
    explanations().forEach(text -> blocks.add(DocumentReport.block("p", text)));
    blocks.add(
        DocumentReport.block("h", "III. CÁC TIÊU CHÍ CÓ NGUY CƠ MẤT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC"));
    risks().forEach(text -> blocks.add(DocumentReport.block("p", text)));
    blocks.add(DocumentReport.block("h", "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"));
    blocks.add(DocumentReport.block("p", Objects.toString(draft.getDifficulties(), "")));
    blocks.add(DocumentReport.block("p", Objects.toString(draft.getRecommendations(), "")));
    blocks.add(
        DocumentReport.block(
            "sig",
            issuer.signingFor()
                + "\nKT. CHỦ TỊCH\n"
                + signerTitle()
                + "\n\n\n\n"
                + Objects.toString(draft.getSignerName(), ""),
            recipients()));
    return blocks;
  }

  /** A field's line of part I: its points against its max. */
  record FieldRow(String code, String title, BigDecimal max, BigDecimal self, BigDecimal share) {}

  /** Part I's table: each field's points against its max, in the framework's order. */
  List<FieldRow> fieldRows() {
    Map<String, BigDecimal[]> fields = new TreeMap<>(NodeCode.ORDER);
    for (Leaf l : leaves) {
      BigDecimal[] sums =
          fields.computeIfAbsent(
              NodeCode.fieldOf(l.code()), f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(l.points());
      sums[1] = sums[1].add(byCode.get(l.code()).max());
    }
    List<FieldRow> rows = new ArrayList<>();
    fields.forEach(
        (code, sums) ->
            rows.add(
                new FieldRow(
                    code,
                    byCode.containsKey(code) ? byCode.get(code).title() : "",
                    sums[1],
                    sums[0],
                    share(sums[0], sums[1]))));
    return rows;
  }

  /** Part I's sentence: the total against the max of the leaves scored by the province. */
  String summary() {
    BigDecimal self = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (Leaf l : leaves) {
      self = self.add(l.points());
      max = max.add(byCode.get(l.code()).max());
    }
    return "Tổng điểm tự đánh giá các tiêu chí, tiêu chí thành phần tự chấm: "
        + decimal(self)
        + "/"
        + decimal(max)
        + " điểm ("
        + decimal(Objects.requireNonNullElse(share(self, max), BigDecimal.ZERO))
        + "%). Kết quả theo từng lĩnh vực:";
  }

  /** Part II: each leaf scored without evidence, with the unit's explanation. */
  List<String> explanations() {
    return leaves.stream()
        .filter(l -> l.points().signum() > 0 && l.documents().isEmpty())
        .map(l -> named(l) + ": " + Objects.toString(l.explanation(), "(chưa giải trình)"))
        .toList();
  }

  /** Part III: each leaf at risk with its cause, remedy and lead unit. */
  List<String> risks() {
    return leaves.stream()
        .filter(Leaf::atRisk)
        .map(
            l ->
                named(l)
                    + " (đơn vị chủ trì: "
                    + l.lead()
                    + "). Nguyên nhân: "
                    + sentence(l.riskCause())
                    + " Giải pháp khắc phục: "
                    + sentence(l.remedy()))
        .toList();
  }

  String signerTitle() {
    return Objects.toString(draft.getSignerTitle(), "PHÓ CHỦ TỊCH");
  }

  String recipients() {
    return Objects.toString(draft.getRecipients(), "- Như trên;\n- Lưu: VT, NC.");
  }

  IssuingBody issuer() {
    return issuer;
  }

  ReportDraft draft() {
    return draft;
  }

  int year() {
    return year;
  }

  private List<Title> appendixTitles() {
    String date = draft.getIssuedOn() == null ? "…" : DATE.format(draft.getIssuedOn());
    return List.of(
        Title.heading("Phụ lục I"),
        Title.bold("KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN"),
        Title.italic(
            "(Kèm theo Báo cáo số "
                + number()
                + " ngày "
                + date
                + " của "
                + issuer.shortName()
                + ")"));
  }

  /**
   * Every node with the points of the leaves under it; a leaf with its documents. A figure the
   * province did not give prints "—" with the reason, never a 0 it did not claim: an unscored leaf,
   * a survey leaf (the Ministry's points), a branch with nothing scored under it. Fields in bold.
   */
  List<Map<String, ?>> appendixRows() {
    Map<String, Leaf> leafByCode = new HashMap<>();
    Map<String, BigDecimal> points = new HashMap<>();
    leaves.forEach(
        l -> {
          leafByCode.put(l.code(), l);
          points.put(l.code(), l.self());
        });
    List<Map<String, ?>> rows = new ArrayList<>();
    for (ReportNode node : nodes) {
      Leaf leaf = leafByCode.get(node.code());
      BigDecimal sum = node.sum(points);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("code", node.code());
      row.put("title", node.title());
      row.put("max", node.max());
      row.put("self", sum == null ? NONE : sum);
      row.put("evidence", leaf == null ? "" : leaf.documents());
      row.put("explanation", remark(node, leaf));
      row.put(TableReport.BOLD, node.field());
      rows.add(row);
    }
    return rows;
  }

  /** The appendix's last column: the reason for a "—", an override, the unit's explanation. */
  private static String remark(ReportNode node, Leaf leaf) {
    List<String> parts = new ArrayList<>();
    if (leaf == null && node.surveyed()) {
      parts.add("Điểm do Bộ Nội vụ xác định qua điều tra xã hội học.");
    }
    if (leaf != null && leaf.self() == null) {
      parts.add("Chưa chấm điểm.");
    }
    if (leaf != null && leaf.overrideReason() != null) {
      parts.add("Điểm tự chấm khác điểm theo quy tắc: " + sentence(leaf.overrideReason()));
    }
    if (leaf != null && leaf.explanation() != null) {
      parts.add(leaf.explanation());
    }
    return String.join(" ", parts);
  }

  /**
   * Entered text as a sentence of the report: one full stop at its end, not a second one after the
   * stop the person already typed.
   */
  static String sentence(String text) {
    String t = Objects.toString(text, "").strip();
    if (t.isEmpty()) {
      return "";
    }
    char last = t.charAt(t.length() - 1);
    return ".!?…".indexOf(last) >= 0 ? t : t + ".";
  }

  /** "1.1.1. Title", as the report names a leaf in its text. */
  private String named(Leaf leaf) {
    return leaf.code() + ". " + byCode.get(leaf.code()).title();
  }

  /** The number the clerk typed, with the issuing body's suffix when it is bare. */
  String number() {
    return issuer.reportNumber(draft.getNumber());
  }

  /** 85,95: the Vietnamese decimal comma. */
  static String decimal(BigDecimal value) {
    return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(TableReport.VIETNAMESE))
        .format(value);
  }

  /** Points as a percentage of the max, two places; none without a max. */
  private static BigDecimal share(BigDecimal points, BigDecimal max) {
    return max.signum() == 0 ? null : points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
  }
}

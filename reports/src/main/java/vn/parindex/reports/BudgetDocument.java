package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.parindex.budget.BudgetEstimate;
import vn.parindex.budget.BudgetEstimates;
import vn.parindex.budget.BudgetGroup;
import vn.parindex.budget.BudgetLine;
import vn.parindex.budget.BudgetTotals;
import vn.parindex.budget.Dong;
import vn.parindex.issuance.Issuers;
import vn.parindex.issuance.ReportTemplates;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.reports.ReportService.Report;
import vn.parindex.reports.TableReport.Column;
import vn.parindex.reports.TableReport.Title;
import vn.parindex.shared.Clocks;

/**
 * The budget estimate Sở Nội vụ sends Sở Tài chính (Dự toán kinh phí): the lines under their groups
 * (I, II, …) with each group's sum, the total, and the total in words. The DOCX is filled into its
 * Word template ({@value #TEMPLATE}).
 */
@ApplicationScoped
public class BudgetDocument {
  /** The template in the reports jar. */
  static final String TEMPLATE = "templates/du-toan-kinh-phi.docx";

  /** The names whose table row repeats, one row per item. */
  static final Set<String> TABLE_ROWS = Set.of("lines");

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

  @Inject BudgetEstimates estimates;
  @Inject Issuers issuers;
  @Inject ReportTemplates templates;
  @Inject Clock clock;

  /** The estimate as PDF, DOCX or XLSX. */
  public Report of(long id, ReportFormat format) {
    BudgetEstimate estimate = estimates.get(id);
    String today = LocalDate.now(clock.withZone(Clocks.VIETNAM)).format(ReportService.DATE);
    DocumentProperties properties =
        new DocumentProperties(
            "Dự toán kinh phí năm " + estimate.getYear(),
            issuers.ofInstallation().map(IssuingBody::name).orElse(DocumentProperties.APPLICATION),
            estimate.getTitle(),
            "Chỉ số CCHC; dự toán kinh phí; " + estimate.getYear());
    byte[] content =
        render(
            () -> templates.open("budget"),
            new Estimate(estimate.getYear(), estimate.getTitle(), estimate.getLines()),
            today,
            format,
            properties);
    return new Report(
        "Dự toán kinh phí năm " + estimate.getYear() + "." + format.extension(), format, content);
  }

  /** What the document shows of an estimate. */
  record Estimate(int year, String title, List<BudgetLine> lines) {}

  static byte[] render(
      WordTemplate.Source source,
      Estimate estimate,
      String today,
      ReportFormat format,
      DocumentProperties properties) {
    BudgetTotals totals = BudgetTotals.of(estimate.lines(), null);
    String total = Dong.format(totals.total()) + " đồng";
    String words = Dong.words(totals.total());
    List<Map<String, ?>> rows = rows(estimate.lines(), totals);
    if (format == ReportFormat.DOCX) {
      Map<String, Object> data = new HashMap<>();
      data.put("year", String.valueOf(estimate.year()));
      data.put("title", estimate.title());
      data.put("today", today);
      data.put("total", total);
      data.put("words", words);
      data.put("lines", rows.stream().map(WordTemplate::texts).toList());
      return WordTemplate.fill(source, data, TABLE_ROWS, properties);
    }
    return TableReport.render(
        "budget",
        List.of(
            Title.heading(heading(estimate.year())),
            Title.plain(estimate.title()),
            Title.plain("Tổng dự toán: " + total),
            Title.italic("(Bằng chữ: " + words + ")"),
            Title.plain("Lập ngày " + today)),
        columns(),
        rows,
        format,
        properties);
  }

  static String heading(int year) {
    return "DỰ TOÁN KINH PHÍ THỰC HIỆN XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year;
  }

  /** A row per group (its numeral, name and sum), its lines under it, and the total last. */
  static List<Map<String, ?>> rows(List<BudgetLine> lines, BudgetTotals totals) {
    List<Map<String, ?>> rows = new ArrayList<>();
    int g = 0;
    for (Map.Entry<BudgetGroup, Long> group : totals.byGroup().entrySet()) {
      rows.add(row(ROMAN[g++], group.getKey().documentLabel(), "", "", "", group.getValue(), ""));
      int n = 1;
      for (BudgetLine line : lines) {
        if (line.getCostGroup() == group.getKey()) {
          rows.add(
              row(
                  String.valueOf(n++),
                  line.getContent(),
                  Objects.toString(line.getMeasure(), ""),
                  Dong.quantity(line.getQuantity()),
                  Dong.format(line.getUnitCost()),
                  line.amount(),
                  Objects.toString(line.getLegalBasis(), "")));
        }
      }
    }
    rows.add(row("", "TỔNG CỘNG", "", "", "", totals.total(), ""));
    return rows;
  }

  private static Map<String, ?> row(
      String no,
      String content,
      String measure,
      String quantity,
      String cost,
      long amount,
      String basis) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("no", no);
    row.put("content", content);
    row.put("measure", measure);
    row.put("quantity", quantity);
    row.put("cost", cost);
    row.put("amount", Dong.format(amount));
    row.put("basis", basis);
    return row;
  }

  private static List<Column> columns() {
    return List.of(
        new Column("no", "STT", 1, true),
        new Column("content", "Nội dung chi", 6, false),
        new Column("measure", "Đơn vị tính", 2, false),
        new Column("quantity", "Số lượng", 2, true),
        new Column("cost", "Đơn giá (đồng)", 3, true),
        new Column("amount", "Thành tiền (đồng)", 3, true),
        new Column("basis", "Căn cứ", 5, false));
  }
}

package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.parindex.issuance.Issuers;
import vn.parindex.issuance.ReportTemplates;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.reports.ReportService.Report;
import vn.parindex.reports.TableReport.Column;
import vn.parindex.reports.TableReport.Title;
import vn.parindex.shared.Clocks;
import vn.parindex.timeliness.LapseKind;
import vn.parindex.timeliness.TimelinessRecord;

/**
 * The record of timeliness of a year as Sở Nội vụ reports it to the People's Committee: each unit,
 * the leader of its focal pair, and how often it was late, sent back or reminded, as the founding
 * dispatch asks. The DOCX is filled into its Word template ({@value #TEMPLATE}).
 */
@ApplicationScoped
public class TimelinessReport {
  /** The template in the reports jar. */
  static final String TEMPLATE = "templates/bao-cao-dung-han.docx";

  /** The names whose table row repeats, one row per item. */
  static final Set<String> TABLE_ROWS = Set.of("units");

  static final String TITLE =
      "BÁO CÁO TÌNH HÌNH THỰC HIỆN ĐÚNG HẠN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH";

  private static final Map<LapseKind, String> KEYS =
      Map.of(
          LapseKind.NOMINATION_LATE, "nomination",
          LapseKind.SUBMISSION_LATE, "submission",
          LapseKind.RETURNED, "returned",
          LapseKind.REMINDED, "reminded",
          LapseKind.EVIDENCE_LATE, "evidence",
          LapseKind.SURVEY_MISSED, "survey",
          LapseKind.PLAN_TASK_LATE, "plan");

  @Inject TimelinessRecord record;
  @Inject Issuers issuers;
  @Inject ReportTemplates templates;
  @Inject Clock clock;

  /** The year's record as PDF, DOCX or XLSX, one row per unit that owed a campaign work. */
  public Report of(int year, ReportFormat format) {
    List<Map<String, ?>> rows = rows(record.year(year));
    String today = LocalDate.now(clock.withZone(Clocks.VIETNAM)).format(ReportService.DATE);
    DocumentProperties properties =
        new DocumentProperties(
            "Báo cáo tình hình thực hiện đúng hạn năm " + year,
            issuers.ofInstallation().map(IssuingBody::name).orElse(DocumentProperties.APPLICATION),
            "Chỉ số CCHC năm " + year,
            "Chỉ số CCHC; PAR INDEX; đúng hạn; " + year);
    byte[] content =
        render(() -> templates.open("timeliness"), year, today, rows, format, properties);
    return new Report(
        "Báo cáo thực hiện đúng hạn năm " + year + "." + format.extension(), format, content);
  }

  /**
   * The document of the rows ({@link #rows}), its DOCX filled into the template of {@code source}.
   */
  static byte[] render(
      WordTemplate.Source source,
      int year,
      String today,
      List<Map<String, ?>> rows,
      ReportFormat format,
      DocumentProperties properties) {
    if (format == ReportFormat.DOCX) {
      return WordTemplate.fill(
          source,
          Map.of(
              "year",
              String.valueOf(year),
              "today",
              today,
              "units",
              rows.stream().map(WordTemplate::texts).toList()),
          TABLE_ROWS,
          properties);
    }
    return TableReport.render(
        "timeliness",
        List.of(
            Title.heading(TITLE),
            Title.plain("Năm " + year),
            Title.plain("Tính đến ngày " + today)),
        columns(),
        rows,
        format,
        properties);
  }

  static List<Map<String, ?>> rows(List<TimelinessRecord.Row> year) {
    List<Map<String, ?>> rows = new ArrayList<>();
    int no = 1;
    for (TimelinessRecord.Row r : year) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", no++);
      row.put("unit", r.unitCode() + " — " + r.name());
      row.put("leader", Objects.toString(r.leader(), ""));
      KEYS.forEach((kind, key) -> row.put(key, r.count(kind)));
      row.put("total", r.total());
      rows.add(row);
    }
    return rows;
  }

  private static List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("no", "STT", 1, true));
    columns.add(new Column("unit", "Đơn vị", 5, false));
    columns.add(new Column("leader", "Lãnh đạo phụ trách (đầu mối)", 4, false));
    for (LapseKind kind : LapseKind.values()) {
      columns.add(new Column(KEYS.get(kind), kind.documentLabel(), 2, true));
    }
    columns.add(new Column("total", "Tổng số lần", 2, true));
    return columns;
  }
}

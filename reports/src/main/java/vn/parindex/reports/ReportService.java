package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignService;

/** Produces the documents Sở Nội vụ issues, in PDF, DOCX or XLSX, with Vietnamese file names. */
@ApplicationScoped
public class ReportService {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<TableReport.Column> PROGRESS =
      List.of(
          new TableReport.Column("no", "STT", 1, true),
          new TableReport.Column("unit", "Đơn vị", 5, false),
          new TableReport.Column("pair", "Cử đầu mối", 2, false),
          new TableReport.Column("scored", "Đã chấm (%)", 2, true),
          new TableReport.Column("evidence", "Có tài liệu (%)", 2, true),
          new TableReport.Column("sent", "Gửi kết quả", 3, false),
          new TableReport.Column("returned", "Số lần trả lại", 2, true),
          new TableReport.Column("overdue", "Đề nghị quá hạn", 2, true));

  @Inject SelfAssessmentService assessments;
  @Inject CampaignService campaigns;
  @Inject Clock clock;

  /** A produced document. */
  public record Report(String fileName, ReportFormat format, byte[] content) {}

  /**
   * The progress report: per responsible unit, focal pair, share scored and with evidence, sent on
   * time or late, times returned, evidence requests overdue.
   */
  public Report progress(long campaignId, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    List<ProgressRow> progress = assessments.progress(campaignId);
    List<Map<String, ?>> rows = new ArrayList<>();
    int no = 1;
    for (ProgressRow p : progress) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", no++);
      row.put("unit", p.unitCode() + " — " + p.unitName());
      row.put("pair", p.nominated() ? "Đã cử" : "Chưa cử");
      row.put("scored", percent(p.scoredShare()));
      row.put("evidence", percent(p.evidenceShare()));
      row.put("sent", sent(p));
      row.put("returned", p.timesReturned());
      row.put("overdue", p.overdueRequests());
      rows.add(row);
    }
    String today = LocalDate.now(clock.withZone(VIETNAM)).format(DATE);
    byte[] content =
        TableReport.render(
            "progress",
            List.of(
                "BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM",
                campaign.getName(),
                "Tính đến ngày " + today),
            PROGRESS,
            rows,
            format);
    return new Report(
        "Báo cáo tiến độ - " + campaign.getName() + "." + format.extension(), format, content);
  }

  private static String sent(ProgressRow p) {
    if (p.submittedAt() == null || p.status() == SubmissionStatus.DRAFT) {
      return p.timesReturned() > 0 ? "Bị trả lại, chưa gửi lại" : "Chưa gửi";
    }
    String when = DATE.format(p.submittedAt().atZone(VIETNAM));
    return (Boolean.FALSE.equals(p.onTime()) ? "Trễ hạn, " : "Đúng hạn, ") + when;
  }

  /** 85,95: the Vietnamese decimal comma. */
  static String percent(double value) {
    DecimalFormat format =
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
    return format.format(value);
  }
}

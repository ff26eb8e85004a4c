package vn.parindex.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import vn.parindex.campaign.Phases;

/** The e-mail that reminds a unit of what it has not done, in Vietnamese. */
public record ReminderLetter(String subject, String body) {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static ReminderLetter of(
      String campaign,
      ProgressRow unit,
      Set<ReminderReason> reasons,
      Phases phases,
      LocalDate today) {
    StringBuilder body = new StringBuilder();
    body.append("Kính gửi: ").append(unit.unitName()).append(",\n\n");
    body.append("Sở Nội vụ đề nghị đơn vị hoàn thành các việc sau trong đợt \"")
        .append(campaign)
        .append("\":\n");
    if (reasons.contains(ReminderReason.NOMINATION)) {
      body.append("- Cử cặp đầu mối (01 lãnh đạo phụ trách và 01 công chức đầu mối): ")
          .append(deadline(phases.getNominationDue(), today))
          .append(".\n");
    }
    if (reasons.contains(ReminderReason.SUBMISSION)) {
      body.append("- Tự đánh giá, chấm điểm và gửi kết quả: ")
          .append(deadline(phases.getSelfAssessmentCloses(), today))
          .append("; đã chấm ")
          .append(unit.scored())
          .append("/")
          .append(unit.leaves())
          .append(" tiêu chí, ")
          .append(unit.withEvidence())
          .append(" tiêu chí có tài liệu kiểm chứng.\n");
    }
    if (reasons.contains(ReminderReason.EVIDENCE_REQUESTS)) {
      body.append("- Cung cấp tài liệu kiểm chứng theo đề nghị của đơn vị chủ trì: ")
          .append(unit.overdueRequests())
          .append(" đề nghị đã quá hạn.\n");
    }
    body.append("\nĐơn vị thực hiện trên phần mềm Chỉ số cải cách hành chính của tỉnh.")
        .append(" Thư này được gửi tự động, xin không trả lời thư.\n");
    return new ReminderLetter("[Chỉ số CCHC] Nhắc việc: " + campaign, body.toString());
  }

  private static String deadline(LocalDate due, LocalDate today) {
    return "hạn " + DATE.format(due) + (today.isAfter(due) ? ", đã quá hạn" : "");
  }
}

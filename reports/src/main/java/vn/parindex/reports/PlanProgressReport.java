package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.issuance.Issuers;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanBook;
import vn.parindex.plan.PlanTally;
import vn.parindex.plan.PlanTask;
import vn.parindex.plan.ReportPeriod;
import vn.parindex.plan.TaskState;
import vn.parindex.reports.ReportService.Report;
import vn.parindex.reports.TableReport.Column;
import vn.parindex.reports.TableReport.Title;
import vn.parindex.shared.Clocks;

/**
 * The report on a plan's progress that Sở Nội vụ sends the People's Committee, in the layout of
 * Nghị định 30/2020/NĐ-CP: the plan's name, the count of tasks in each state, then each task with
 * its lead unit, deadline, target and value reached, state and the latest period reported.
 */
@ApplicationScoped
public class PlanProgressReport {
  private static final Locale VI = TableReport.VIETNAMESE;

  @Inject PlanBook plans;
  @Inject Issuers issuers;
  @Inject Clock clock;

  /** The plan's progress today as PDF, DOCX or XLSX, for whoever may read the plan. */
  public Report of(long planId, ReportFormat format) {
    PlanBook.PlanView view = plans.view(planId);
    Plan plan = view.plan();
    String today = LocalDate.now(clock.withZone(Clocks.VIETNAM)).format(ReportService.DATE);
    DocumentProperties properties =
        new DocumentProperties(
            "Báo cáo tiến độ " + plan.documentName(),
            issuers.ofInstallation().map(IssuingBody::name).orElse(DocumentProperties.APPLICATION),
            plan.getTitle(),
            "Chỉ số CCHC; kế hoạch CCHC; tiến độ; " + plan.getYear());
    byte[] content = render(plan, view.tasks(), view.tally(), today, format, properties);
    return new Report(
        "Báo cáo tiến độ " + plan.documentName().replace('/', '-') + "." + format.extension(),
        format,
        content);
  }

  static byte[] render(
      Plan plan,
      List<PlanBook.TaskLine> tasks,
      PlanTally tally,
      String today,
      ReportFormat format,
      DocumentProperties properties) {
    return TableReport.render(
        "plan-progress",
        List.of(
            Title.heading("BÁO CÁO TIẾN ĐỘ THỰC HIỆN " + plan.documentName().toUpperCase(VI)),
            Title.plain(plan.getTitle()),
            Title.plain(summary(tally)),
            Title.italic("Số liệu tính đến ngày " + today)),
        columns(),
        rows(tasks),
        format,
        properties);
  }

  /** "Tổng số 12 nhiệm vụ: hoàn thành đúng hạn 5, …", every state named even when 0. */
  static String summary(PlanTally tally) {
    List<String> parts = new ArrayList<>();
    for (TaskState s : TaskState.values()) {
      parts.add(s.documentLabel().toLowerCase(VI) + " " + tally.count(s));
    }
    return "Tổng số " + tally.total() + " nhiệm vụ: " + String.join("; ", parts) + ".";
  }

  static List<Map<String, ?>> rows(List<PlanBook.TaskLine> tasks) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (PlanBook.TaskLine line : tasks) {
      PlanTask t = line.task();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", String.valueOf(t.getNumber()));
      row.put("content", t.getContent());
      row.put("lead", t.getLead().getNameVi());
      row.put("partners", String.join(", ", t.getPartners()));
      row.put("deadline", t.getDeadline().format(ReportService.DATE));
      row.put("target", target(t));
      row.put("reached", number(t.getReached()));
      row.put("state", state(line));
      row.put(
          "period", t.getReportedPeriod() == null ? "" : ReportPeriod.label(t.getReportedPeriod()));
      row.put("criteria", t.getCriteriaText());
      rows.add(row);
    }
    return rows;
  }

  private static String state(PlanBook.TaskLine line) {
    String label = line.state().documentLabel();
    return line.daysLate() > 0 ? label + " (" + line.daysLate() + " ngày)" : label;
  }

  private static String target(PlanTask t) {
    String indicator = t.getIndicator() == null ? "" : t.getIndicator();
    String value = number(t.getTarget());
    return value.isEmpty() ? indicator : (indicator.isEmpty() ? value : indicator + ": " + value);
  }

  /** 95,5 as Vietnamese writes it; empty for none. */
  private static String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(VI);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  /** Ten columns, so that the table is printed landscape with the deadline on one line. */
  private static List<Column> columns() {
    return List.of(
        new Column("no", "STT", 2, true),
        new Column("content", "Nhiệm vụ", 10, false),
        new Column("lead", "Đơn vị chủ trì", 5, false),
        new Column("partners", "Đơn vị phối hợp", 4, false),
        new Column("deadline", "Thời hạn", 5, true),
        new Column("target", "Sản phẩm, chỉ tiêu", 5, false),
        new Column("reached", "Kết quả đạt", 3, true),
        new Column("state", "Tình trạng", 5, false),
        new Column("period", "Kỳ báo cáo", 4, false),
        new Column("criteria", "Tiêu chí", 3, false));
  }
}

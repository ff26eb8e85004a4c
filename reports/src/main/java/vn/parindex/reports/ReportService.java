package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.AppraisalRow;
import vn.parindex.appraisal.AppraisalSheet;
import vn.parindex.appraisal.CampaignResults;
import vn.parindex.appraisal.Comparison;
import vn.parindex.appraisal.MinistryComparison;
import vn.parindex.assessment.LeafScore;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.campaign.ReportDrafts;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.framework.Method;
import vn.parindex.issuance.Issuers;
import vn.parindex.issuance.ReportTemplate;
import vn.parindex.issuance.ReportTemplates;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.ranking.Result;
import vn.parindex.ranking.SubjectPoints;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.reports.TableReport.Title;
import vn.parindex.shared.Clocks;
import vn.parindex.shared.NotFoundException;
import vn.parindex.survey.Participation;
import vn.parindex.survey.SurveyParticipation;

/**
 * Produces the documents Sở Nội vụ issues, in PDF, DOCX or XLSX with Vietnamese file names, and
 * their HTML preview.
 */
@ApplicationScoped
public class ReportService {
  /** A date as the documents print it: 07/12/2026. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final List<TableReport.Column> PROGRESS =
      List.of(
          new TableReport.Column("no", "STT", 1, true),
          new TableReport.Column("unit", "Đơn vị", 5, false),
          new TableReport.Column("pair", "Cử đầu mối", 2, false),
          new TableReport.Column("scored", "Đã chấm (%)", 2, true),
          new TableReport.Column("evidence", "Có tài liệu (%)", 2, true),
          new TableReport.Column("sent", "Gửi kết quả", 3, false),
          new TableReport.Column("returned", "Số lần trả lại", 2, true),
          new TableReport.Column("overdue", "Đề nghị quá hạn", 2, true),
          new TableReport.Column("reminders", "Số lần nhắc", 2, true),
          new TableReport.Column("survey", "Khảo sát lãnh đạo (đã trả lời/chỉ tiêu)", 2, true));

  @Inject SelfAssessmentService assessments;
  @Inject SurveyParticipation participation;
  @Inject AppraisalSheet sheets;
  @Inject CampaignResults campaignResults;
  @Inject MinistryComparison ministry;
  @Inject UnitHistory history;
  @Inject EvidenceService evidence;
  @Inject CampaignService campaigns;
  @Inject ReportDrafts drafts;
  @Inject Clock clock;
  @Inject DrawnRankings drawn;
  @Inject Issuers issuers;
  @Inject ReportTemplates templates;

  /** A produced document. */
  public record Report(String fileName, ReportFormat format, byte[] content) {}

  /**
   * The progress report: per responsible unit, focal pair, share scored and with evidence, sent on
   * time or late, times returned, evidence requests overdue, reminders sent to it, and its leaders'
   * answers to the survey against its quota.
   */
  public Report progress(long campaignId, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    List<ProgressRow> progress = assessments.progress(campaignId);
    List<Map<String, ?>> rows = new ArrayList<>();
    int no = 1;
    Map<String, String> names = history.namesIn(campaign.getYear());
    Map<String, Participation.Line> survey = participation.byUnit(campaignId);
    for (ProgressRow p : progress) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", no++);
      row.put("unit", p.unitCode() + " — " + names.getOrDefault(p.unitCode(), p.unitName()));
      row.put("pair", p.nominated() ? "Đã cử" : "Chưa cử");
      row.put("scored", BigDecimal.valueOf(p.scoredShare()));
      row.put("evidence", BigDecimal.valueOf(p.evidenceShare()));
      row.put("sent", sent(p));
      row.put("returned", p.timesReturned());
      row.put("overdue", p.overdueRequests());
      row.put("reminders", p.reminders());
      Participation.Line answers = survey.get(p.unitCode());
      row.put("survey", answers == null ? "" : answers.answered() + "/" + answers.quota());
      rows.add(row);
    }
    String today = LocalDate.now(clock.withZone(Clocks.VIETNAM)).format(DATE);
    DocumentProperties properties =
        new DocumentProperties(
            "Báo cáo tiến độ tự đánh giá, chấm điểm",
            author(campaign),
            campaign.getName(),
            keywords(campaign, "tiến độ"));
    byte[] content =
        format == ReportFormat.DOCX
            ? ProgressWord.render(
                () -> templates.open("progress"), campaign.getName(), today, rows, properties)
            : TableReport.render(
                "progress",
                List.of(
                    Title.heading("BÁO CÁO TIẾN ĐỘ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"),
                    Title.plain(campaign.getName()),
                    Title.plain("Tính đến ngày " + today)),
                PROGRESS,
                rows,
                format,
                properties);
    return new Report(
        "Báo cáo tiến độ - " + campaign.getName() + "." + format.extension(), format, content);
  }

  /**
   * The province's self-assessment report to the Ministry, in the layout of Nghị định 30/2020, with
   * its appendix of every criterion and its evidence ({@link SelfAssessmentDocument}).
   */
  public Report selfAssessment(long campaignId, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    List<ReportNode> nodes =
        campaign.getFramework().getNodes().stream()
            .map(
                n ->
                    new ReportNode(
                        n.getCode(),
                        n.getNameVi(),
                        n.getMaxScore(),
                        n.getMethod() == Method.SURVEY))
            .toList();
    List<SelfAssessmentDocument.Leaf> leaves = new ArrayList<>();
    for (WorkspaceLeaf l : assessments.consolidation(campaignId)) {
      LeafScore score = l.getScore();
      leaves.add(
          new SelfAssessmentDocument.Leaf(
              l.getCode(),
              l.getSelfScore(),
              l.getEvidenceCount() == 0 ? "" : documents(campaignId, l),
              score == null ? null : score.getExplanation(),
              l.getLeadUnitCode(),
              l.isAtRisk() ? Objects.toString(score.getRiskCause(), "") : null,
              l.isAtRisk() ? Objects.toString(score.getRemedy(), "") : null,
              score == null ? null : score.getOverrideReason()));
    }
    IssuingBody issuer =
        issuers.of(campaign).orElseThrow(() -> new NotFoundException("report.noProvince"));
    ReportDraft draft = drafts.reportDraft(campaignId);
    String title =
        "Báo cáo tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm "
            + campaign.getYear();
    byte[] content =
        new SelfAssessmentDocument(issuer, campaign.getYear(), draft, nodes, leaves)
            .export(
                format,
                () -> templates.open("self-assessment"),
                new DocumentProperties(
                    title,
                    issuer.name(),
                    "Số " + issuer.reportNumber(draft.getNumber()) + " — " + campaign.getName(),
                    keywords(campaign, "tự đánh giá")));
    return new Report(
        "Báo cáo tự đánh giá Chỉ số CCHC năm " + campaign.getYear() + "." + format.extension(),
        format,
        content);
  }

  /** The documents' author: the issuing body, the product where no province unit exists yet. */
  private String author(Campaign campaign) {
    return issuers.of(campaign).map(IssuingBody::name).orElse(DocumentProperties.APPLICATION);
  }

  private static String keywords(Campaign campaign, String document) {
    return "Chỉ số CCHC; PAR INDEX; " + document + "; " + campaign.getYear();
  }

  /** A leaf's documents as the appendix cites them: number, date, issuer, cited part. */
  private String documents(long campaignId, WorkspaceLeaf leaf) {
    return evidence.linksOf(campaignId, leaf.getSubject().getCode(), leaf.getCode()).stream()
        .filter(link -> !link.isRemoved())
        .map(
            link ->
                link.getDocument().describe()
                    + (link.getDocument().getCitation() == null
                        ? ""
                        : ", " + link.getDocument().getCitation()))
        .collect(Collectors.joining("; "));
  }

  /**
   * The ranking of an INTERNAL campaign's units with an appendix per unit ({@link
   * RankingDocument}); the published version for those who do not run the appraisal.
   */
  public Report ranking(long campaignId, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    List<Result> results = campaignResults.visibleResults(campaignId).results();
    // Every unit's name in the campaign's year in two statements, not one lookup a unit (53
    // statements at 40 units in the benchmark).
    Map<String, String> names = history.namesIn(campaign.getYear());
    Map<String, String> fields = new HashMap<>();
    campaign.getFramework().getNodes().stream()
        .filter(n -> n.getParentCode() == null)
        .forEach(n -> fields.put(n.getCode(), n.getNameVi()));
    DrawnRankings.Inputs inputs =
        new DrawnRankings.Inputs(
            campaignId,
            format,
            campaign.getName(),
            author(campaign),
            List.copyOf(results),
            names,
            fields,
            format == ReportFormat.DOCX
                ? templates.current("ranking").map(ReportTemplate::getSha256).orElse("")
                : "");
    byte[] content =
        drawn.document(
            inputs,
            () -> {
              RankingDocument document =
                  new RankingDocument(campaign.getName(), results, names, fields);
              DocumentProperties properties =
                  new DocumentProperties(
                      "Kết quả xác định Chỉ số cải cách hành chính",
                      inputs.author(),
                      campaign.getName(),
                      keywords(campaign, "xếp hạng"));
              return format == ReportFormat.DOCX
                  ? RankingWord.render(document, () -> templates.open("ranking"), properties)
                  : DocumentExport.export(document.parts(), format, properties);
            });
    return new Report(
        "Kết quả xếp hạng - " + campaign.getName() + "." + format.extension(), format, content);
  }

  /**
   * A unit's scorecard ({@link ScorecardDocument}): every node with self-score, the appraisal
   * rounds, the points that count and the appraiser's remark; the province's shows the Ministry's
   * points in a PROVINCIAL campaign.
   */
  public Report scorecard(long campaignId, String unitCode, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    boolean provincial = campaign.getKind() == CampaignKind.PROVINCIAL;
    List<ScorecardDocument.Leaf> leaves = new ArrayList<>();
    if (provincial) {
      for (Comparison.Node n : ministry.comparison(campaignId).nodes()) {
        leaves.add(
            new ScorecardDocument.Leaf(
                n.nodeCode(),
                n.selfScore(),
                n.appraised(),
                n.difference(),
                n.appraised() != null ? n.appraised() : n.selfScore(),
                ""));
      }
    } else {
      Map<String, AppraisalRow> sheet = new HashMap<>();
      sheets.rows(campaignId, unitCode).stream().forEach(r -> sheet.put(r.getNode().getCode(), r));
      for (SubjectPoints.Leaf points : campaignResults.points(campaignId, unitCode).leaves()) {
        AppraisalRow row = sheet.get(points.nodeCode());
        leaves.add(
            new ScorecardDocument.Leaf(
                points.nodeCode(),
                row == null ? null : row.getSelfScore(),
                row == null || row.getRound1() == null ? null : row.getRound1().getScore(),
                row == null || row.getRound2() == null ? null : row.getRound2().getScore(),
                points.applicable() ? points.points() : null,
                row == null ? "" : remark(row)));
      }
    }
    String unit = provincial ? campaign.getSubjects().get(0).getCode() : unitCode;
    List<ReportNode> nodes =
        campaign.getFramework().getNodes().stream()
            .map(n -> new ReportNode(n.getCode(), n.getNameVi(), n.getMaxScore()))
            .toList();
    ScorecardDocument document =
        new ScorecardDocument(
            unit + " — " + history.namesIn(campaign.getYear()).getOrDefault(unit, unit),
            campaign.getName(),
            provincial,
            nodes,
            leaves);
    DocumentProperties properties =
        new DocumentProperties(
            "Bảng điểm tự đánh giá, thẩm định — " + unit,
            author(campaign),
            campaign.getName(),
            keywords(campaign, "bảng điểm"));
    byte[] content =
        format == ReportFormat.DOCX
            ? ScorecardWord.render(document, () -> templates.open("scorecard"), properties)
            : DocumentExport.export(List.of(document.part()), format, properties);
    return new Report(
        "Bảng điểm " + unit + " - " + campaign.getName() + "." + format.extension(),
        format,
        content);
  }

  /** The latest round's remark; why the leaf does not apply, when it does not. */
  private static String remark(AppraisalRow row) {
    Appraisal latest = row.getRound2() != null ? row.getRound2() : row.getRound1();
    if (latest == null) {
      return "";
    }
    String remark = Objects.toString(latest.getRemark(), "");
    return latest.isNotApplicable() ? "Không áp dụng: " + remark : remark;
  }

  private static String sent(ProgressRow p) {
    if (p.submittedAt() == null || p.status() == SubmissionStatus.DRAFT) {
      return p.timesReturned() > 0 ? "Bị trả lại, chưa gửi lại" : "Chưa gửi";
    }
    String when = DATE.format(p.submittedAt().atZone(Clocks.VIETNAM));
    return (Boolean.FALSE.equals(p.onTime()) ? "Trễ hạn, " : "Đúng hạn, ") + when;
  }
}

package vn.parindex.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.parindex.appraisal.Appraisal;
import vn.parindex.appraisal.AppraisalRow;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.Comparison;
import vn.parindex.assessment.ProgressRow;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.assessment.SubmissionStatus;
import vn.parindex.assessment.WorkspaceLeaf;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignKind;
import vn.parindex.campaign.CampaignService;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.framework.FrameworkNode;
import vn.parindex.framework.NodeCode;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.ranking.Result;
import vn.parindex.shared.Clocks;

/** Produces the documents Sở Nội vụ issues, in PDF, DOCX or XLSX, with Vietnamese file names. */
@ApplicationScoped
public class ReportService {
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

  private static final List<TableReport.Column> SCORECARD =
      List.of(
          new TableReport.Column("code", "STT", 2, false),
          new TableReport.Column("title", "Tiêu chí", 7, false),
          new TableReport.Column("max", "Tối đa", 2, true),
          new TableReport.Column("self", "Tự chấm", 2, true),
          new TableReport.Column("appraised", "Thẩm định", 2, true),
          new TableReport.Column("final", "Kết quả", 2, true),
          new TableReport.Column("remark", "Nhận xét", 5, false));
  private static final Map<String, String> GROUPS =
      Map.of(
          "PROVINCE", "Cấp tỉnh",
          "DEPARTMENT", "Sở, ban, ngành",
          "DISTRICT", "Cấp huyện",
          "COMMUNE", "Cấp xã",
          "CENTRAL_AGENCY", "Cơ quan Trung ương");

  @Inject SelfAssessmentService assessments;
  @Inject AppraisalService appraisals;
  @Inject UnitRepository units;
  @Inject EvidenceService evidence;
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
      row.put("scored", BigDecimal.valueOf(p.scoredShare()));
      row.put("evidence", BigDecimal.valueOf(p.evidenceShare()));
      row.put("sent", sent(p));
      row.put("returned", p.timesReturned());
      row.put("overdue", p.overdueRequests());
      rows.add(row);
    }
    String today = LocalDate.now(clock.withZone(Clocks.VIETNAM)).format(DATE);
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

  /**
   * The province's self-assessment report to the Ministry, in the layout of Nghị định 30/2020: the
   * summary by field, the explanations of criteria without full evidence, the criteria at risk with
   * their remedies and lead units, difficulties and recommendations, signature, recipients, and an
   * appendix of every criterion with its evidence.
   */
  public Report selfAssessment(long campaignId, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    ReportDraft draft = campaigns.reportDraft(campaignId);
    List<WorkspaceLeaf> leaves = assessments.consolidation(campaignId);
    Map<String, FrameworkNode> nodes = new LinkedHashMap<>();
    campaign.getFramework().getNodes().forEach(n -> nodes.put(n.getCode(), n));
    BigDecimal self = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (WorkspaceLeaf l : leaves) {
      self = self.add(Objects.requireNonNullElse(l.getSelfScore(), BigDecimal.ZERO));
      max = max.add(l.getNode().getMaxScore());
    }
    List<Map<String, ?>> blocks = new ArrayList<>();
    blocks.add(DocumentReport.block("h", "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM"));
    blocks.add(
        DocumentReport.block(
            "p",
            "Tổng điểm tự đánh giá các tiêu chí, tiêu chí thành phần tự chấm: "
                + number(self)
                + "/"
                + number(max)
                + " điểm ("
                + (max.signum() == 0
                    ? "0"
                    : number(
                        self.multiply(BigDecimal.valueOf(100))
                            .divide(max, 2, RoundingMode.HALF_UP)))
                + "%). Kết quả theo từng lĩnh vực:"));
    blocks.add(
        DocumentReport.block(
            "rh", "STT", "Lĩnh vực", "Điểm tối đa", "Điểm tự đánh giá", "Tỷ lệ (%)", ""));
    Map<String, BigDecimal[]> fields = new TreeMap<>(NodeCode.ORDER);
    for (WorkspaceLeaf l : leaves) {
      BigDecimal[] sums =
          fields.computeIfAbsent(
              NodeCode.fieldOf(l.getCode()),
              f -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(Objects.requireNonNullElse(l.getSelfScore(), BigDecimal.ZERO));
      sums[1] = sums[1].add(l.getNode().getMaxScore());
    }
    fields.forEach(
        (code, sums) ->
            blocks.add(
                DocumentReport.block(
                    "r",
                    code,
                    nodes.containsKey(code) ? nodes.get(code).getNameVi() : "",
                    number(sums[1]),
                    number(sums[0]),
                    sums[1].signum() == 0
                        ? ""
                        : number(
                            sums[0]
                                .multiply(BigDecimal.valueOf(100))
                                .divide(sums[1], 2, RoundingMode.HALF_UP)),
                    "")));
    blocks.add(
        DocumentReport.block("h", "II. GIẢI TRÌNH CÁC TIÊU CHÍ CHƯA CÓ ĐỦ TÀI LIỆU KIỂM CHỨNG"));
    leaves.stream()
        .filter(
            l ->
                l.getSelfScore() != null
                    && l.getSelfScore().signum() > 0
                    && l.getEvidenceCount() == 0)
        .forEach(
            l ->
                blocks.add(
                    DocumentReport.block(
                        "p",
                        l.getCode()
                            + ". "
                            + l.getNode().getNameVi()
                            + ": "
                            + Objects.toString(
                                l.getScore().getExplanation(), "(chưa giải trình)"))));
    blocks.add(
        DocumentReport.block("h", "III. CÁC TIÊU CHÍ CÓ NGUY CƠ MẤT ĐIỂM VÀ GIẢI PHÁP KHẮC PHỤC"));
    leaves.stream()
        .filter(WorkspaceLeaf::isAtRisk)
        .forEach(
            l ->
                blocks.add(
                    DocumentReport.block(
                        "p",
                        l.getCode()
                            + ". "
                            + l.getNode().getNameVi()
                            + " (đơn vị chủ trì: "
                            + l.getLeadUnitCode()
                            + "). Nguyên nhân: "
                            + Objects.toString(l.getScore().getRiskCause(), "")
                            + ". Giải pháp khắc phục: "
                            + Objects.toString(l.getScore().getRemedy(), "")
                            + ".")));
    blocks.add(DocumentReport.block("h", "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"));
    blocks.add(DocumentReport.block("p", Objects.toString(draft.getDifficulties(), "")));
    blocks.add(DocumentReport.block("p", Objects.toString(draft.getRecommendations(), "")));
    blocks.add(
        DocumentReport.block(
            "sig",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
                + Objects.toString(draft.getSignerTitle(), "PHÓ CHỦ TỊCH")
                + "\n\n\n\n"
                + Objects.toString(draft.getSignerName(), "")));
    blocks.add(DocumentReport.block("rcv", "Nơi nhận:"));
    blocks.add(
        DocumentReport.block(
            "rcvl", Objects.toString(draft.getRecipients(), "- Như trên;\n- Lưu: VT, NC.")));
    String number = Objects.toString(draft.getNumber(), "…");
    String date = draft.getIssuedOn() == null ? "…" : DATE.format(draft.getIssuedOn());
    blocks.add(DocumentReport.block("break"));
    blocks.add(DocumentReport.block("hc", "Phụ lục"));
    blocks.add(
        DocumentReport.block(
            "hc", "KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN"));
    blocks.add(
        DocumentReport.block(
            "ic", "(Kèm theo Báo cáo số " + number + "/BC-UBND ngày " + date + " của UBND tỉnh)"));
    blocks.add(
        DocumentReport.block(
            "rh",
            "STT",
            "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
            "Điểm tối đa",
            "Điểm tự đánh giá",
            "Tài liệu kiểm chứng",
            "Giải trình"));
    Map<String, WorkspaceLeaf> byCode = new HashMap<>();
    leaves.forEach(l -> byCode.put(l.getCode(), l));
    for (FrameworkNode node : campaign.getFramework().getNodes()) {
      WorkspaceLeaf leaf = byCode.get(node.getCode());
      BigDecimal branchSelf =
          leaves.stream()
              .filter(l -> NodeCode.isWithin(l.getCode(), node.getCode()))
              .map(l -> Objects.requireNonNullElse(l.getSelfScore(), BigDecimal.ZERO))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      String documents = "";
      if (leaf != null && leaf.getEvidenceCount() > 0) {
        documents =
            evidence.linksOf(campaignId, leaf.getSubject().getCode(), node.getCode()).stream()
                .filter(link -> !link.isRemoved())
                .map(
                    link ->
                        link.getDocument().describe()
                            + (link.getDocument().getCitation() == null
                                ? ""
                                : ", " + link.getDocument().getCitation()))
                .collect(Collectors.joining("; "));
      }
      blocks.add(
          DocumentReport.block(
              "r",
              node.getCode(),
              node.getNameVi(),
              number(node.getMaxScore()),
              number(branchSelf),
              documents,
              leaf == null || leaf.getScore() == null
                  ? ""
                  : Objects.toString(leaf.getScore().getExplanation(), "")));
    }
    Map<String, String> header = new HashMap<>();
    header.put("ISSUER1", "ỦY BAN NHÂN DÂN");
    header.put("ISSUER2", "TỈNH HÀ TĨNH");
    header.put("NUMBER", "Số: " + number + "/BC-UBND");
    header.put(
        "PLACE_DATE",
        draft.getIssuedOn() == null
            ? "Hà Tĩnh, ngày … tháng … năm " + campaign.getYear()
            : "Hà Tĩnh, ngày "
                + String.format("%02d", draft.getIssuedOn().getDayOfMonth())
                + " tháng "
                + String.format("%02d", draft.getIssuedOn().getMonthValue())
                + " năm "
                + draft.getIssuedOn().getYear());
    header.put("TYPE", "BÁO CÁO");
    header.put(
        "SUBJECT",
        "Tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính năm " + campaign.getYear());
    header.put("ADDRESSEE", "Kính gửi: Bộ Nội vụ");
    byte[] content = DocumentReport.render(header, blocks, format);
    return new Report(
        "Báo cáo tự đánh giá Chỉ số CCHC năm " + campaign.getYear() + "." + format.extension(),
        format,
        content);
  }

  /**
   * The ranking of an INTERNAL campaign's units: per group, rank, unit, points per field, total,
   * index, band and change of rank (the published version for those who do not run the appraisal).
   */
  public Report ranking(long campaignId, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    List<Result> results = appraisals.visibleResults(campaignId).results();
    List<String> fields =
        results.stream()
            .flatMap(r -> r.fields().stream())
            .map(Result.FieldResult::code)
            .distinct()
            .sorted(NodeCode.ORDER)
            .toList();
    List<TableReport.Column> columns = new ArrayList<>();
    columns.add(new TableReport.Column("group", "Nhóm", 3, false));
    columns.add(new TableReport.Column("rank", "Hạng", 1, true));
    columns.add(new TableReport.Column("unit", "Đơn vị", 5, false));
    fields.forEach(f -> columns.add(new TableReport.Column("f" + f, "LV " + f, 2, true)));
    columns.add(new TableReport.Column("total", "Tổng điểm", 2, true));
    columns.add(new TableReport.Column("index", "Chỉ số (%)", 2, true));
    columns.add(new TableReport.Column("band", "Xếp loại", 2, false));
    columns.add(new TableReport.Column("change", "Thay đổi hạng", 2, false));
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("group", GROUPS.getOrDefault(r.group().name(), r.group().name()));
      row.put("rank", r.rank());
      row.put("unit", r.unitCode() + " — " + unitName(r.unitCode()));
      for (Result.FieldResult f : r.fields()) {
        row.put("f" + f.code(), f.points());
      }
      row.put("total", r.total());
      row.put("index", r.index());
      row.put("band", r.classification());
      Integer change = r.rankChange();
      row.put(
          "change",
          change == null ? "—" : change > 0 ? "↑ " + change : change < 0 ? "↓ " + (-change) : "=");
      rows.add(row);
    }
    byte[] content =
        TableReport.render(
            "ranking-" + String.join(".", fields),
            List.of(
                "KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
                campaign.getName(),
                "Xếp hạng trong từng nhóm cơ quan, đơn vị"),
            columns,
            rows,
            format);
    return new Report(
        "Kết quả xếp hạng - " + campaign.getName() + "." + format.extension(), format, content);
  }

  /**
   * A unit's scorecard: per criterion, max, self-score, appraised score and final points, with the
   * appraiser's comment (the Ministry's points for the province in a PROVINCIAL campaign).
   */
  public Report scorecard(long campaignId, String unitCode, ReportFormat format) {
    Campaign campaign = campaigns.get(campaignId);
    List<Map<String, ?>> rows = new ArrayList<>();
    if (campaign.getKind() == CampaignKind.PROVINCIAL) {
      for (Comparison.Node n : appraisals.comparison(campaignId).nodes()) {
        BigDecimal fin = n.appraised() != null ? n.appraised() : n.selfScore();
        rows.add(scoreRow(n.nodeCode(), n.title(), null, n.selfScore(), n.appraised(), fin, ""));
      }
    } else {
      for (AppraisalRow r : appraisals.sheet(campaignId)) {
        if (!r.getSubject().getCode().equals(unitCode)) {
          continue;
        }
        Appraisal latest = r.getRound2() != null ? r.getRound2() : r.getRound1();
        BigDecimal appraised = latest == null ? null : latest.getScore();
        String remark =
            latest == null
                ? ""
                : latest.isNotApplicable()
                    ? "Không áp dụng: " + Objects.toString(latest.getRemark(), "")
                    : Objects.toString(latest.getRemark(), "");
        rows.add(
            scoreRow(
                r.getNode().getCode(),
                r.getNode().getNameVi(),
                r.getNode().getMaxScore(),
                r.getSelfScore(),
                appraised,
                appraised != null ? appraised : r.getSelfScore(),
                remark));
      }
    }
    String unit = campaign.getKind() == CampaignKind.PROVINCIAL ? "UBND" : unitCode;
    byte[] content =
        TableReport.render(
            "scorecard",
            List.of(
                "BẢNG ĐIỂM TỰ ĐÁNH GIÁ, THẨM ĐỊNH",
                unit + " — " + unitName(unit),
                campaign.getName()),
            SCORECARD,
            rows,
            format);
    return new Report(
        "Bảng điểm " + unit + " - " + campaign.getName() + "." + format.extension(),
        format,
        content);
  }

  private static Map<String, ?> scoreRow(
      String code,
      String title,
      BigDecimal max,
      BigDecimal self,
      BigDecimal appraised,
      BigDecimal fin,
      String remark) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", code);
    row.put("title", title);
    row.put("max", max);
    row.put("self", self);
    row.put("appraised", appraised);
    row.put("final", fin);
    row.put("remark", remark);
    return row;
  }

  private String unitName(String code) {
    return units.findByCode(code).map(OrganisationUnit::getNameVi).orElse(code);
  }

  /** 85,95: the Vietnamese decimal comma; nothing for a missing value. */
  static String number(BigDecimal value) {
    return value == null
        ? ""
        : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(TableReport.VIETNAMESE))
            .format(value);
  }

  private static String sent(ProgressRow p) {
    if (p.submittedAt() == null || p.status() == SubmissionStatus.DRAFT) {
      return p.timesReturned() > 0 ? "Bị trả lại, chưa gửi lại" : "Chưa gửi";
    }
    String when = DATE.format(p.submittedAt().atZone(Clocks.VIETNAM));
    return (Boolean.FALSE.equals(p.onTime()) ? "Trễ hạn, " : "Đúng hạn, ") + when;
  }
}

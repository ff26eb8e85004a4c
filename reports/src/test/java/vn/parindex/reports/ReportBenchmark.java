package vn.parindex.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;
import vn.parindex.campaign.ReportDraft;
import vn.parindex.organisation.IssuingBody;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;

/**
 * Prints how long the documents take, per report and format: the ranking of 40 units with eight
 * fields and an appendix per unit, and the self-assessment report with a 100-leaf appendix, built
 * by the same classes the application uses. Not part of the build (its name is not *Test); run it
 * with {@code ./mvnw -pl reports test -Dtest=ReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReportBenchmark {
  private static final IssuingBody HA_TINH =
      IssuingBody.of("Ủy ban nhân dân tỉnh Hà Tĩnh", null, null, null);

  private static final int RUNS = 7;

  @Test
  void printMedians() {
    List<Result> results = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Map<String, String> fields = new HashMap<>();
    for (int u = 1; u <= 40; u++) {
      List<Result.FieldResult> points = new ArrayList<>();
      for (int f = 1; f <= 8; f++) {
        fields.put("" + f, "Lĩnh vực số " + f + " của bộ chỉ số");
        points.add(
            new Result.FieldResult(
                "" + f, new BigDecimal("9.5"), BigDecimal.TEN, new BigDecimal("95")));
      }
      names.put("U" + u, "Sở, ban, ngành số " + u + " — Ủy ban nhân dân tỉnh Hà Tĩnh");
      results.add(
          new Result(
              "U" + u,
              UnitKind.DEPARTMENT,
              new BigDecimal("76"),
              new BigDecimal("80"),
              new BigDecimal("95"),
              u,
              u,
              "Tốt",
              points));
    }
    List<ReportNode> nodes = new ArrayList<>();
    List<SelfAssessmentDocument.Leaf> leaves = new ArrayList<>();
    framework(25, nodes, leaves);
    ReportDraft draft = new ReportDraft(1);
    draft.setNumber("123");
    draft.setIssuedOn(LocalDate.of(2022, 12, 4));
    System.out.println(
        "report                         format  median ms over " + RUNS + " runs (first excluded)");
    for (ReportFormat format : ReportFormat.values()) {
      print(
          "ranking, 40 units + appendices",
          format,
          () -> new RankingDocument("Chỉ số CCHC năm 2024", results, names, fields).parts());
      print(
          "self-assessment, 100 leaves",
          format,
          () -> new SelfAssessmentDocument(HA_TINH, 2022, draft, nodes, leaves).parts());
    }
    // The DOCX the application serves for the report: filled into the Word template, and the
    // PDF with its signature field; beside Jasper's above, for the same 100 leaves.
    SelfAssessmentDocument document =
        new SelfAssessmentDocument(HA_TINH, 2022, draft, nodes, leaves);
    for (ReportFormat format : List.of(ReportFormat.DOCX, ReportFormat.PDF)) {
      time(
          "self-assessment as served",
          format,
          () -> document.export(format, SelfAssessmentDocumentTest.STANDARD, PdfA.PROPERTIES));
    }
    RankingDocument ranking = new RankingDocument("Chỉ số CCHC năm 2024", results, names, fields);
    time(
        "ranking as served",
        ReportFormat.DOCX,
        () ->
            RankingWord.render(
                ranking, () -> new PoiTlTemplates().standard("ranking"), PdfA.PROPERTIES));
    // The nation's scale: 500 criteria of 4 leaves, 2,000 leaves, Jasper's DOCX and the template's.
    List<ReportNode> manyNodes = new ArrayList<>();
    List<SelfAssessmentDocument.Leaf> manyLeaves = new ArrayList<>();
    framework(500, manyNodes, manyLeaves);
    SelfAssessmentDocument large =
        new SelfAssessmentDocument(HA_TINH, 2022, draft, manyNodes, manyLeaves);
    print("self-assessment, 2,000 leaves", ReportFormat.DOCX, large::parts);
    time(
        "2,000 leaves as served",
        ReportFormat.DOCX,
        () ->
            large.export(ReportFormat.DOCX, SelfAssessmentDocumentTest.STANDARD, PdfA.PROPERTIES));
  }

  /** {@code criteria} criteria of four leaves each, every leaf self-scored with its evidence. */
  private static void framework(
      int criteria, List<ReportNode> nodes, List<SelfAssessmentDocument.Leaf> leaves) {
    for (int c = 1; c <= criteria; c++) {
      String criterion = (c / 4 + 1) + "." + (c % 4 + 1);
      nodes.add(
          new ReportNode(
              criterion, "Tiêu chí số " + c + " về cải cách hành chính", new BigDecimal(6)));
      for (int l = 1; l <= 4; l++) {
        String code = criterion + "." + l;
        nodes.add(
            new ReportNode(
                code,
                "Tiêu chí thành phần " + code + " về thủ tục hành chính",
                new BigDecimal("1.5")));
        leaves.add(
            new SelfAssessmentDocument.Leaf(
                code,
                new BigDecimal("1.25"),
                "520/KH-UBND ngày 05/01/2022 của UBND tỉnh, mục II, trang 3",
                "Đã thực hiện đầy đủ",
                "SNV",
                null,
                null,
                null));
      }
    }
  }

  private static void time(String name, ReportFormat format, Supplier<byte[]> make) {
    make.get();
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      make.get();
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(times);
    System.out.printf("%-30s %-7s %d%n", name, format.extension(), times[RUNS / 2]);
  }

  private static void print(String name, ReportFormat format, Supplier<List<JasperPrint>> parts) {
    time(name, format, () -> DocumentExport.export(parts.get(), format, PdfA.PROPERTIES));
  }
}

package vn.parindex.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the documents take, per report and format: the ranking of 40 units with eight
 * fields, and a 100-row criteria table like the appendix of the self-assessment report. Not part of
 * the build (its name is not *Test); run it with {@code ./mvnw -pl reports test
 * -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReportBenchmark {
  private static final int RUNS = 7;

  @Test
  void printMedians() {
    List<TableReport.Column> ranking = new ArrayList<>();
    ranking.add(new TableReport.Column("rank", "Hạng", 1, true));
    ranking.add(new TableReport.Column("unit", "Đơn vị", 5, false));
    for (int f = 1; f <= 8; f++) {
      ranking.add(new TableReport.Column("f" + f, "LV " + f, 2, true));
    }
    ranking.add(new TableReport.Column("index", "Chỉ số (%)", 2, true));
    List<Map<String, ?>> units = new ArrayList<>();
    for (int u = 1; u <= 40; u++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rank", u);
      row.put("unit", "Sở, ban, ngành số " + u + " — Ủy ban nhân dân tỉnh Hà Tĩnh");
      for (int f = 1; f <= 8; f++) {
        row.put("f" + f, "9,5");
      }
      row.put("index", "85,95");
      units.add(row);
    }
    List<TableReport.Column> appendix =
        List.of(
            new TableReport.Column("code", "STT", 2, false),
            new TableReport.Column("title", "Tiêu chí", 8, false),
            new TableReport.Column("max", "Tối đa", 2, true),
            new TableReport.Column("self", "Tự chấm", 2, true),
            new TableReport.Column("evidence", "Tài liệu kiểm chứng", 6, false));
    List<Map<String, ?>> leaves = new ArrayList<>();
    for (int l = 1; l <= 100; l++) {
      leaves.add(
          Map.of(
              "code", (l / 12 + 1) + "." + (l % 12 + 1),
              "title", "Tiêu chí thành phần số " + l + " về cải cách thủ tục hành chính",
              "max", "1,5",
              "self", "1,25",
              "evidence", "520/KH-UBND ngày 05/01/2022 của UBND tỉnh, mục II, trang 3"));
    }
    System.out.println(
        "report           format  median ms over " + RUNS + " runs (first run excluded)");
    for (ReportFormat format : ReportFormat.values()) {
      print(
          "ranking 40 units",
          format,
          () -> TableReport.render("bench-ranking", List.of("Xếp hạng"), ranking, units, format));
      print(
          "appendix 100 rows",
          format,
          () -> TableReport.render("bench-appendix", List.of("Phụ lục"), appendix, leaves, format));
    }
  }

  private static void print(String name, ReportFormat format, Runnable work) {
    work.run();
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(times);
    System.out.printf("%-17s %-7s %d%n", name, format.extension(), times[RUNS / 2]);
  }
}

package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;

class SurveyTableTest {
  private static final Set<String> SUBJECTS = Set.of("STP", "SNV");
  private static final Map<String, BigDecimal> SURVEY =
      Map.of("8.2", new BigDecimal("10"), "8.3", new BigDecimal("4"));

  private static List<List<String>> table(String... lines) {
    return Arrays.stream(lines).map(l -> List.of(l.split(",", -1))).toList();
  }

  @Test
  void percentsBecomePointsOfTheLeafsMax() {
    List<SurveyTable.Row> rows =
        SurveyTable.parse(
            table("unit_code,node_code,percent", "STP,8.2,91.17", "SNV,8.3,87.5"),
            SUBJECTS,
            SURVEY);
    assertEquals(new BigDecimal("9.12"), rows.get(0).points(), "91.17 % of 10, half up");
    assertEquals(new BigDecimal("91.17"), rows.get(0).percent());
    assertEquals(new BigDecimal("3.50"), rows.get(1).points());
  }

  @Test
  void pointsAreTakenAsTheyAre() {
    SurveyTable.Row row =
        SurveyTable.parse(table("unit_code,node_code,points", "STP,8.3,3.5"), SUBJECTS, SURVEY)
            .get(0);
    assertEquals(new BigDecimal("3.50"), row.points());
    assertNull(row.percent());
  }

  @Test
  void everyWrongRowIsReportedWithItsColumn() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                SurveyTable.parse(
                    table(
                        "unit_code,node_code,points",
                        "STP,8.2,9",
                        "SXD,8.2,9",
                        "STP,1.1,1",
                        "SNV,8.3,4.5",
                        "SNV,8.2,mười",
                        "STP,8.2,8",
                        "SNV,8.3"),
                    SUBJECTS,
                    SURVEY));
    assertEquals(
        List.of(
            "3 unit_code survey.unit",
            "4 node_code survey.node",
            "5 points survey.range",
            "6 points survey.number",
            "7 node_code survey.duplicate",
            "8 unit_code csv.columns"),
        e.violations().stream()
            .map(v -> v.row() + " " + v.column() + " " + v.messageKey())
            .toList());
  }

  @Test
  void aTableWithAnotherHeaderIsRefused() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SurveyTable.parse(table("don_vi,tieu_chi,diem"), SUBJECTS, SURVEY));
    assertEquals("survey.header", e.violations().get(0).messageKey());
  }
}

package vn.parindex.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

class RespondentTableTest {
  private static final Set<String> UNITS = Set.of("SNV", "STP");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final List<RespondentTable.Known> KNOWN =
      List.of(
          new RespondentTable.Known(7, "SNV", "Nguyễn Văn An", "BNV-0007"),
          new RespondentTable.Known(8, "STP", "Trần Thị Bình", null));

  private static List<List<String>> table(String... lines) {
    return Arrays.stream(lines).map(l -> List.of(l.split(",", -1))).toList();
  }

  @Test
  void aListAddsItsPeopleAsInvited() {
    List<RespondentTable.Row> rows =
        RespondentTable.parse(
            table("unit_code,full_name,position", "SNV,Lê  Văn   Cường,Phó Giám đốc"),
            UNITS,
            List.of(),
            TODAY);
    RespondentTable.Row row = rows.get(0);
    assertNull(row.known());
    assertEquals("Lê Văn Cường", row.fullName(), "spacing made single");
    assertEquals("Phó Giám đốc", row.position());
    assertEquals(RespondentStatus.INVITED, row.status());
  }

  @Test
  void theMinistrysExportFindsPeopleByCodeOrByUnitAndName() {
    List<RespondentTable.Row> rows =
        RespondentTable.parse(
            table(
                "unit_code,full_name,position,code,status,answered_on",
                ",,,BNV-0007,Đã trả lời,03/12/2026",
                "STP,TRẦN THỊ BÌNH,,,x,2026-12-01"),
            UNITS,
            KNOWN,
            TODAY);
    assertEquals(7L, rows.get(0).known());
    assertEquals("SNV", rows.get(0).unitCode());
    assertEquals(RespondentStatus.ANSWERED, rows.get(0).status());
    assertEquals(LocalDate.of(2026, 12, 3), rows.get(0).answeredOn());
    assertEquals(8L, rows.get(1).known(), "case aside");
    assertEquals(LocalDate.of(2026, 12, 1), rows.get(1).answeredOn());
  }

  @Test
  void aDayAloneMeansAnswered() {
    RespondentTable.Row row =
        RespondentTable.parse(
                table(
                    "unit_code,full_name,position,code,status,answered_on",
                    "SNV,Nguyễn Văn An,,,,1/12/2026"),
                UNITS,
                KNOWN,
                TODAY)
            .get(0);
    assertEquals(RespondentStatus.ANSWERED, row.status());
  }

  @Test
  void everyWrongRowIsReportedAndNothingTaken() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                RespondentTable.parse(
                    table(
                        "unit_code,full_name,position,code,status,answered_on",
                        "SXD,Phạm Văn Dũng",
                        "SNV,",
                        "SNV,Hồ Văn Em,,,có lẽ",
                        "SNV,Hồ Văn Giang,,,,31/02/2026",
                        "SNV,Hồ Văn Hải,,,,08/12/2026",
                        "SNV,Hồ Văn Khánh,,,chưa trả lời,01/12/2026",
                        "STP,,,BNV-0007,x",
                        "SNV,Nguyễn Văn An",
                        "SNV,nguyễn văn an",
                        "SNV," + "A".repeat(201)),
                    UNITS,
                    KNOWN,
                    TODAY));
    assertEquals(
        List.of(
            "2 unit_code survey.table.unit",
            "3 full_name survey.table.name",
            "4 status survey.table.status",
            "5 answered_on survey.table.day",
            "6 answered_on survey.table.future",
            "7 answered_on survey.table.dayWithoutAnswer",
            "8 unit_code survey.table.otherUnit",
            "10 full_name survey.table.duplicate",
            "11 full_name survey.table.tooLong"),
        e.violations().stream().map(RespondentTableTest::describe).toList());
  }

  @Test
  void aTableWithoutTheHeaderIsRefusedWhole() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RespondentTable.parse(table("ma,ten", "SNV,An"), UNITS, KNOWN, TODAY));
    assertEquals("survey.table.header", e.violations().get(0).messageKey());
  }

  private static String describe(Violation v) {
    return v.row() + " " + v.column() + " " + v.messageKey();
  }
}

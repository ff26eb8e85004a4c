package vn.parindex.reorganisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

class UnitEventCsvTest {
  private static final String HEADER =
      "kind,from_codes,to_codes,effective_from,names,legal_number,legal_date,legal_issuer\n";

  @Test
  void aRowIsADraftWithItsCodesNamesAndDecision() throws IOException {
    List<UnitEventCsv.Row> rows =
        UnitEventCsv.parse(
            new StringReader(
                HEADER
                    + "MERGE,SKHDT; STC,STC,01/03/2025,STC=Sở Tài chính,45/NQ-HĐND,2025-02-18,HĐND tỉnh\n"
                    + "\n"
                    + "DISSOLVE,HCL,,01/07/2025,,190/2025/QH15,16/06/2025,Quốc hội\n"));
    assertEquals(2, rows.size(), "a blank row is left out");
    UnitEventDraft merge = rows.get(0).draft();
    assertEquals(2, rows.get(0).number());
    assertEquals(List.of("SKHDT", "STC"), merge.fromCodes());
    assertEquals(List.of("STC"), merge.toCodes());
    assertEquals(LocalDate.of(2025, 3, 1), merge.effectiveFrom());
    assertEquals(Map.of("STC", new UnitEventDraft.Name("Sở Tài chính", null)), merge.names());
    assertEquals(LocalDate.of(2025, 2, 18), merge.legalBasis().issuedOn());
    assertEquals(4, rows.get(1).number());
    assertEquals(List.of(), rows.get(1).draft().toCodes());
  }

  @Test
  void everyUnreadableRowIsRefusedByRowAndColumn() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                UnitEventCsv.parse(
                    new StringReader(
                        HEADER
                            + "RENAME,STC,STC,31/02/2025,STC=Sở Tài chính,1,01/01/2025,UBND\n"
                            + "RENAME,STC,STC,01/03/2025,Sở Tài chính,1,01/01/2025,UBND\n")));
    assertEquals(
        List.of("2:effective_from:unitEvent.csv.date", "3:names:unitEvent.csv.names"),
        refused.violations().stream()
            .map(v -> v.row() + ":" + v.column() + ":" + v.messageKey())
            .toList());
  }

  @Test
  void aRefusalOfTheRulesIsPlacedInItsColumn() {
    Violation located =
        UnitEventCsv.located(5, Violation.ofField("legalBasis.issuedOn", "unitEvent.legal.future"));
    assertEquals(5, located.row());
    assertEquals("legal_date", located.column());
  }
}

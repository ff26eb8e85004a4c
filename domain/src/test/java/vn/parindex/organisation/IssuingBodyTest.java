package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuingBodyTest {
  @Test
  void aProvincesCommitteeGivesItsHeaderPlaceAndShortName() {
    IssuingBody body = IssuingBody.of(province("Ủy ban nhân dân tỉnh Quảng Trị"));
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"), body.headerLines());
    assertEquals("Quảng Trị", body.place());
    assertEquals("UBND tỉnh", body.shortName());
    assertEquals(
        "Quảng Trị, ngày 04 tháng 12 năm 2026", body.placeAndDate(LocalDate.of(2026, 12, 4), 2026));
    assertEquals("Quảng Trị, ngày … tháng … năm 2026", body.placeAndDate(null, 2026));
    assertEquals("TM. ỦY BAN NHÂN DÂN", body.signingFor());
  }

  @Test
  void aCityUnderTheCentreIsNamedAsACity() {
    IssuingBody body = IssuingBody.of("  ỦY BAN NHÂN DÂN thành phố Hà Nội ", null, " ", null);
    assertEquals(List.of("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"), body.headerLines());
    assertEquals("Hà Nội", body.place());
    assertEquals("UBND thành phố", body.shortName());
  }

  @Test
  void whatTheUnitEntersWinsOverTheName() {
    IssuingBody body =
        IssuingBody.of(
            "Ủy ban nhân dân tỉnh Hà Tĩnh", "TP. Hà Tĩnh", "UBND tỉnh Hà Tĩnh", "BC-UBNDT");
    assertEquals(
        "TP. Hà Tĩnh, ngày 01 tháng 02 năm 2023",
        body.placeAndDate(LocalDate.of(2023, 2, 1), 2022));
    assertEquals("UBND tỉnh Hà Tĩnh", body.shortName());
    assertEquals("125/BC-UBNDT", body.reportNumber(" 125 "));
  }

  @Test
  void aNameWithoutTheCommitteeIsItsOwnHeaderAndPlace() {
    IssuingBody body = IssuingBody.of("Bộ Nội vụ", null, null, null);
    assertEquals(List.of("BỘ NỘI VỤ"), body.headerLines());
    assertEquals("Bộ Nội vụ", body.place());
    assertEquals("Bộ Nội vụ", body.shortName());
  }

  @Test
  void aReportNumberKeepsWhatTheClerkTyped() {
    IssuingBody body = IssuingBody.of("Ủy ban nhân dân tỉnh Hà Tĩnh", null, null, null);
    assertEquals("125/BC-UBND", body.reportNumber("125"));
    assertEquals("125/BC-SNV", body.reportNumber("125/BC-SNV"));
    assertEquals("…/BC-UBND", body.reportNumber("  "));
    assertEquals("…/BC-UBND", body.reportNumber(null));
  }

  private static OrganisationUnit province(String name) {
    return new OrganisationUnit("UBND", name, null, UnitKind.PROVINCE);
  }
}

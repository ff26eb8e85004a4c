package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

class UnitCsvTest {
  @Test
  void readsTheBundledHaTinhList() throws IOException {
    try (Reader in =
        new InputStreamReader(
            UnitSeed.class.getResourceAsStream(UnitSeed.HA_TINH_2022), StandardCharsets.UTF_8)) {
      List<UnitCsv.Row> rows = UnitCsv.parse(in);
      assertEquals(39, rows.size());
      Map<String, UnitCsv.Row> byCode =
          rows.stream().collect(Collectors.toMap(UnitCsv.Row::code, Function.identity()));
      assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", byCode.get("UBND").nameVi());
      assertEquals(UnitKind.PROVINCE, byCode.get("UBND").kind());
      assertEquals("Sở Văn hóa, Thể thao và Du lịch", byCode.get("SVHTTDL").nameVi());
      assertEquals(
          "Department of Labour, Invalids and Social Affairs", byCode.get("SLDTBXH").nameEn());
      assertEquals(UnitKind.CENTRAL_AGENCY, byCode.get("CT").kind());
      assertEquals(13, rows.stream().filter(r -> r.kind() == UnitKind.DISTRICT).count());
    }
  }

  @Test
  void reportsEveryBadRowWithItsColumn() {
    String csv =
        "code,name_vi,name_en,kind\n"
            + "SNV,Sở Nội vụ,Home Affairs,DEPARTMENT\n"
            + "snv lower,,x,PLANET\n"
            + "SNV,Sở Nội vụ lặp,,DEPARTMENT\n"
            + "ONLY,two\n";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> UnitCsv.parse(new StringReader(csv)));
    List<String> found =
        e.violations().stream()
            .map(v -> v.row() + ":" + v.column() + ":" + v.messageKey())
            .toList();
    assertEquals(
        List.of(
            "3:code:unit.code.invalid",
            "3:name_vi:unit.name.required",
            "3:kind:unit.kind.invalid",
            "4:code:unit.code.duplicate",
            "5:code:csv.columns"),
        found);
  }

  @Test
  void refusesAWrongHeader() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> UnitCsv.parse(new StringReader("ma,ten\nSNV,Sở Nội vụ\n")));
    Violation only = e.violations().get(0);
    assertEquals(1, only.row());
    assertEquals("unit.csv.header", only.messageKey());
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds() throws IOException {
    String csv = "\uFEFFcode,name_vi,name_en,kind\r\nCT,Cục Thuế,Tax,CENTRAL_AGENCY\r\n";
    assertEquals("Cục Thuế", UnitCsv.parse(new StringReader(csv)).get(0).nameVi());
  }

  @Test
  void readsTheOptionalParentColumn() throws IOException {
    String csv =
        "code,name_vi,name_en,kind,parent_code\n"
            + "HHK,Huyện Hương Khê,,DISTRICT,\n"
            + "XA_HT,Xã Hương Trà,,COMMUNE,HHK\n";
    List<UnitCsv.Row> rows = UnitCsv.parse(new StringReader(csv));
    assertEquals(null, rows.get(0).parentCode());
    assertEquals("HHK", rows.get(1).parentCode());
    assertEquals(3, rows.get(1).number());
  }

  @Test
  void refusesAUnitThatIsItsOwnParent() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                UnitCsv.parse(
                    new StringReader(
                        "code,name_vi,name_en,kind,parent_code\nHHK,Hương Khê,,DISTRICT,HHK\n")));
    assertEquals("unit.parent.cycle", e.violations().get(0).messageKey());
    assertEquals("parent_code", e.violations().get(0).column());
  }
}

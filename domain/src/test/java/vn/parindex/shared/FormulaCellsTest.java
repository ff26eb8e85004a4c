package vn.parindex.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormulaCellsTest {
  @Test
  void whatASpreadsheetWouldRunIsWrittenAsTextAndReadBackAsTyped() {
    for (String attack :
        new String[] {
          "=CMD|' /C calc'!A0", "+1+1", "@SUM(A1:A2)", "-2+3", "\t=1", "=HYPERLINK(\"x\")"
        }) {
      assertEquals("'" + attack, FormulaCells.neutral(attack), attack);
      assertEquals(attack, FormulaCells.restored(FormulaCells.neutral(attack)), attack);
    }
  }

  @Test
  void ordinaryCellsAreLeftAlone() {
    for (String cell :
        new String[] {"1.1", "Công tác chỉ đạo", "-2", "-2,5", "", "'quoted", "100:1;80:0.5"}) {
      assertEquals(cell, FormulaCells.neutral(cell), cell);
      assertEquals(cell, FormulaCells.restored(cell), cell);
    }
  }
}

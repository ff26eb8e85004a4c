package vn.parindex.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DongTest {
  @Test
  void amountsAreWholeDongWithDotsBetweenThousands() {
    assertEquals("0", Dong.format(0));
    assertEquals("950", Dong.format(950));
    assertEquals("12.500.000", Dong.format(12_500_000));
    assertEquals("1.000.000.000.000", Dong.format(1_000_000_000_000L));
    assertEquals(1_250_000, Dong.amount(new BigDecimal("2.5"), 500_000));
    assertEquals(333_334, Dong.amount(new BigDecimal("0.33"), 1_010_103), "half up to the đồng");
    assertEquals("2,5", Dong.quantity(new BigDecimal("2.50")));
    assertEquals("12", Dong.quantity(new BigDecimal("12.00")));
  }

  @Test
  void amountsInWordsReadAsTheFinanceDocumentsWriteThem() {
    assertEquals("Không đồng", Dong.words(0));
    assertEquals("Năm đồng", Dong.words(5));
    assertEquals("Mười đồng", Dong.words(10));
    assertEquals("Mười lăm đồng", Dong.words(15));
    assertEquals("Hai mươi mốt đồng", Dong.words(21));
    assertEquals("Hai mươi tư đồng", Dong.words(24));
    assertEquals("Ba mươi lăm đồng", Dong.words(35));
    assertEquals("Một trăm linh năm đồng", Dong.words(105));
    assertEquals("Một trăm mười một đồng", Dong.words(111));
    assertEquals("Mười hai triệu năm trăm nghìn đồng", Dong.words(12_500_000));
    assertEquals("Một triệu không trăm linh năm đồng", Dong.words(1_000_005));
    assertEquals("Hai tỷ không trăm năm mươi triệu ba trăm nghìn đồng", Dong.words(2_050_300_000L));
    assertEquals("Một nghìn tỷ đồng", Dong.words(1_000_000_000_000L));
    assertThrows(IllegalArgumentException.class, () -> Dong.words(-1));
  }
}

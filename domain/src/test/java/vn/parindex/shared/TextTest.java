package vn.parindex.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void combiningMarksBecomePrecomposedLetters() {
    String decomposed = "Ho\u0302\u0323i \u0111o\u0302\u0300ng";
    assertEquals("Hội đồng", Text.nfc(decomposed));
    assertNull(Text.nfc("   "));
  }

  @Test
  void vietnameseOrderPutsDStrokeAfterD() {
    List<String> names =
        new ArrayList<>(List.of("Huyện Đức Thọ", "Huyện Can Lộc", "Huyện Dương", "Huyện Ân"));
    names.sort(Text.vietnameseOrder());
    assertEquals(List.of("Huyện Ân", "Huyện Can Lộc", "Huyện Dương", "Huyện Đức Thọ"), names);
  }

  @Test
  void typedTextMayBreakLinesButHoldsNoControlCharacters() {
    assertFalse(Text.hasControlCharacters("Dòng một\nDòng hai\tcột"));
    assertFalse(Text.hasControlCharacters(null));
    assertTrue(Text.hasControlCharacters("Kế hoạch\u0000"));
    assertTrue(Text.hasControlCharacters("\u001b[31m"));
  }
}

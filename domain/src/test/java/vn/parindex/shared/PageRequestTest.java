package vn.parindex.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a long list's page request keeps of what a browser or a crafted request sends. */
class PageRequestTest {

  @Test
  void wordsAreFoldedAndSplit() {
    assertEquals(
        List.of("so", "tu", "phap"),
        new PageRequest(0, 25, "  Sở  Tư\tPHÁP ", null, false).foldedWords());
    assertEquals(
        List.of("duc", "linh"), new PageRequest(0, 25, "Đức Lĩnh", null, false).foldedWords());
  }

  @Test
  void controlCharactersLongTextAndManyWordsAreCutNotStored() {
    assertEquals(List.of("a", "b"), new PageRequest(0, 25, "a\u0000b", null, false).foldedWords());
    assertEquals(
        List.of("x".repeat(PageRequest.MAX_LENGTH)),
        new PageRequest(0, 25, "x".repeat(10_000), null, false).foldedWords());
    assertEquals(
        PageRequest.MAX_WORDS,
        new PageRequest(0, 25, "a b c d e f g h i", null, false).foldedWords().size());
    assertEquals(List.of(), new PageRequest(0, 25, null, null, false).foldedWords());
  }

  @Test
  void aPageStaysWithinItsBounds() {
    PageRequest crafted = new PageRequest(-5, 1_000_000, null, "x", true);
    assertEquals(0, crafted.first());
    assertEquals(PageRequest.MAX_SIZE, crafted.size());
    assertEquals(0, new PageRequest(0, -1, null, null, false).size());
  }

  @Test
  void aWordsOwnWildcardsMatchThemselves() {
    assertEquals("%50\\%\\_a\\\\b%", PageRequest.containing("50%_a\\b"));
  }
}

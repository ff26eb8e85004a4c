package vn.parindex.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Which rows of a long list to read: {@code size} rows from {@code first}, those holding every one
 * of the typed {@code words}, in the order of the column {@code sort} names ({@code null}: the
 * list's own order). The database pages, searches and sorts, so that a list of 4,000 accounts reads
 * the 25 on the screen.
 */
public record PageRequest(int first, int size, String words, String sort, boolean descending) {
  /**
   * The most rows one page may ask for (the API's largest page): a crafted request must not read a
   * whole table.
   */
  public static final int MAX_SIZE = 2000;

  /** The longest search looked at; a search box takes no more. */
  public static final int MAX_LENGTH = 100;

  /** Words beyond these are not looked for: six words have said what the search is for. */
  static final int MAX_WORDS = 6;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.max(0, Math.min(MAX_SIZE, size));
    words = words == null ? "" : words;
  }

  /**
   * The typed words as the stored search text holds them ({@link Text#fold}: lower case, without
   * tone marks), control characters dropped, at most {@link #MAX_WORDS}.
   */
  public List<String> foldedWords() {
    String typed = words.length() > MAX_LENGTH ? words.substring(0, MAX_LENGTH) : words;
    return Arrays.stream(Text.fold(typed.replaceAll("\\p{Cntrl}", " ")).split("\\s+"))
        .filter(w -> !w.isEmpty())
        .limit(MAX_WORDS)
        .toList();
  }

  /**
   * A word as a {@code like} pattern with backslash as the escape (the default of H2 and
   * PostgreSQL): its own {@code %} and {@code _} are letters.
   */
  public static String containing(String word) {
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}

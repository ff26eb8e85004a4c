package vn.parindex.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<List<String>> read(String text) throws IOException {
    return CsvReader.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void quotedCellsKeepCommasQuotesAndLineBreaks() throws IOException {
    assertEquals(
        List.of(List.of("a", "b, c", "say \"hi\"", "two\nlines"), List.of("x", "")),
        read("a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\"\nx,\n"));
  }

  @Test
  void lastLineWithoutNewlineIsKept() throws IOException {
    assertEquals(List.of(List.of("1", "2")), read("1,2"));
  }

  @Test
  void unterminatedQuoteIsAnInputError() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> read("a,b\n\"open,c\n"));
    assertEquals(2, e.violations().get(0).row());
  }
}

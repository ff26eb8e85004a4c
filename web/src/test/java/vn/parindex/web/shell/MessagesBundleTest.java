package vn.parindex.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label exists in Vietnamese and English, and every label a page names exists. */
class MessagesBundleTest {
  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessagesBundleTest.class.getResourceAsStream(
            "/vn/parindex/web/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(bundle("vi").stringPropertyNames()),
        new TreeSet<>(bundle("en").stringPropertyNames()));
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Set<String> keys = bundle("vi").stringPropertyNames();
    Pattern used = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = used.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!keys.contains(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "missing labels: " + missing);
  }

  /**
   * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quote and
   * swallows the rest ("campaign's year … {0}" would print "{0}"); such messages must double it.
   */
  @Test
  void messagesWithArgumentsKeepTheirApostrophes() throws IOException {
    Set<String> broken = new TreeSet<>();
    for (String language : List.of("vi", "en")) {
      Properties properties = bundle(language);
      for (String key : properties.stringPropertyNames()) {
        String pattern = properties.getProperty(key);
        if (pattern.contains("{0}") && pattern.replace("''", "").contains("'")) {
          broken.add(language + ": " + key);
        }
      }
    }
    assertTrue(broken.isEmpty(), "single apostrophes in MessageFormat patterns: " + broken);
  }

  @Test
  void vietnameseLabelsKeepTheirDiacritics() throws IOException {
    Properties vi = bundle("vi");
    assertEquals("Đăng nhập", vi.getProperty("login.title"));
    assertEquals(
        "Cơ quan Trung ương đóng trên địa bàn", vi.getProperty("unit.kind.CENTRAL_AGENCY"));
  }
}

package vn.parindex.shared;

/** The name an uploaded file is kept under, from what the browser or client sent. */
public final class FileNames {
  private FileNames() {}

  /**
   * The sent name without any folder, at most its last 255 characters; {@code fallback} when none
   * was sent. A name holding a control character is refused with {@code invalidKey} on the field
   * "file".
   */
  public static String uploaded(String fileName, String fallback, String invalidKey) {
    String name = Text.nfc(fileName);
    if (name == null) {
      return fallback;
    }
    if (Text.hasControlCharacters(name)) {
      throw InvalidInputException.of(Violation.ofField("file", invalidKey));
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }

  /**
   * A name a ZIP entry may carry on any system: each folder separator, drive colon, wildcard,
   * quote, angle bracket, pipe or control character replaced by {@code replacement}, and not hidden
   * (a leading dot gets an underscore before it), so that no entry can leave its folder.
   */
  public static String portable(String name, String replacement) {
    String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", replacement);
    return cleaned.startsWith(".") ? "_" + cleaned : cleaned;
  }
}

package vn.parindex.web.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.model.file.UploadedFile;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/**
 * Reads a file a page received. A missing or unreadable file is refused like any other input, at
 * its field, so that it reaches the user by the same path as the domain's refusals.
 */
public final class Uploads {
  private Uploads() {}

  /** What is done with the file's bytes; it may fail reading them. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /** The file, refused at its field when none was chosen. */
  public static UploadedFile required(UploadedFile file, String field) {
    if (file == null || file.getSize() == 0) {
      throw InvalidInputException.of(Violation.ofField(field, "frameworks.file.required"));
    }
    return file;
  }

  public static <T> T read(UploadedFile file, String field, Reader<T> reader) {
    try (InputStream in = required(file, field).getInputStream()) {
      return reader.read(in);
    } catch (IOException e) {
      throw InvalidInputException.of(Violation.ofField(field, "frameworks.file.unreadable"));
    }
  }

  /** What is done with one of several files and its bytes. */
  @FunctionalInterface
  public interface EachReader {
    void read(UploadedFile file, InputStream in) throws IOException;
  }

  /**
   * Reads several files, each kept or refused on its own: one refused must not lose the others, so
   * its refusal goes to {@code refused} and the loop goes on. Gives how many were kept.
   */
  public static int each(
      List<UploadedFile> files,
      String field,
      Consumer<BusinessException> refused,
      EachReader reader) {
    int kept = 0;
    for (UploadedFile file : files) {
      try {
        read(
            file,
            field,
            in -> {
              reader.read(file, in);
              return file;
            });
        kept++;
      } catch (BusinessException e) {
        refused.accept(e);
      }
    }
    return kept;
  }

  public static byte[] bytes(UploadedFile file, String field) {
    return read(file, field, InputStream::readAllBytes);
  }
}

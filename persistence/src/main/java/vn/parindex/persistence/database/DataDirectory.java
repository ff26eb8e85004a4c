package vn.parindex.persistence.database;

import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Where the installation keeps its files: the embedded database and, later, evidence documents. */
public final class DataDirectory {
  public static final String KEY = "parindex.data.dir";

  private DataDirectory() {}

  public static Path resolve(Config config) {
    return Path.of(config.getOptionalValue(KEY, String.class).orElse("data"))
        .toAbsolutePath()
        .normalize();
  }
}

package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, shown in the footer so that support calls can name it. */
@Named("appVersion")
@ApplicationScoped
public class AppVersion {
  private final String version;

  public AppVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        AppVersion.class.getResourceAsStream("/vn/parindex/web/version.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.version = properties.getProperty("version");
  }

  public String getVersion() {
    return version;
  }
}

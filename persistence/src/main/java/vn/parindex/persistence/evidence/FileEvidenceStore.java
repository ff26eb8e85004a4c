package vn.parindex.persistence.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.persistence.database.DataDirectory;
import vn.parindex.shared.FileTooLargeException;

/**
 * Evidence files in a directory: {@code parindex.evidence.dir} (env {@code PARINDEX_EVIDENCE_DIR}),
 * by default {@code evidence} under the data directory. A file is named by its SHA-256 and split
 * into two levels of sub-directories so no directory grows too large; an upload is first written
 * under {@code incoming/} on the same disk and then moved into place in one step.
 */
@ApplicationScoped
@Typed(FileEvidenceStore.class)
public class FileEvidenceStore implements EvidenceStore {
  public static final String DIR_KEY = "parindex.evidence.dir";
  public static final String MAX_MB_KEY = "parindex.evidence.max-mb";
  private static final Logger LOG = Logger.getLogger(FileEvidenceStore.class.getName());
  private static final int BUFFER = 64 * 1024;

  private Path root;
  private Path incoming;
  private long maxBytes;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(FileEvidenceStore.class.getClassLoader());
    root =
        config
            .getOptionalValue(DIR_KEY, String.class)
            .map(Path::of)
            .orElseGet(() -> DataDirectory.resolve(config).resolve("evidence"))
            .toAbsolutePath()
            .normalize();
    incoming = root.resolve("incoming");
    maxBytes = config.getOptionalValue(MAX_MB_KEY, Long.class).orElse(50L) * 1024 * 1024;
    try {
      Files.createDirectories(incoming);
    } catch (IOException e) {
      throw new UncheckedIOException("Evidence directory " + root + " cannot be created", e);
    }
    LOG.info(() -> "Evidence files in " + root + ", at most " + maxBytes / (1024 * 1024) + " MB");
  }

  @Override
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public Received receive(InputStream in) throws IOException {
    Path file = Files.createTempFile(incoming, "upload-", ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) != -1; ) {
        size += n;
        if (size > maxBytes) {
          throw new FileTooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Received(file, HexFormat.of().formatHex(sha256.digest()), size);
  }

  @Override
  public void keep(Received received) throws IOException {
    Path target = path(received.sha256());
    if (Files.exists(target)) {
      Files.deleteIfExists(received.file());
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(received.file());
    }
  }

  @Override
  public void discard(Received received) {
    try {
      Files.deleteIfExists(received.file());
    } catch (IOException e) {
      LOG.warning(() -> "Could not delete " + received.file() + ": " + e.getMessage());
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(path(sha256));
  }

  private Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

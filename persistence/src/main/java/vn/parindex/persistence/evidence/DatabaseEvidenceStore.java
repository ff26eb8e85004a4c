package vn.parindex.persistence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.persistence.database.ConfiguredDataSource;

/**
 * Evidence files inside the database, for servers of a cluster that share no disk: each file in
 * chunks of {@value #CHUNK} bytes, written in the caller's transaction (the one that records the
 * document), read back one chunk at a time, so neither way holds a whole file in memory. An upload
 * is received into a temporary file on the server's own disk first, as with the directory store.
 */
@ApplicationScoped
@Typed(DatabaseEvidenceStore.class)
public class DatabaseEvidenceStore implements EvidenceStore {
  static final int CHUNK = 1024 * 1024;

  /**
   * On PostgreSQL a second upload of the same content at the same moment waits for the first to
   * commit and then adds nothing (or adds it, if the first was rolled back); H2, a single server's
   * database, knows no such clause.
   */
  private static final String ADD_CONTENT =
      "insert into evidence_content (sha256, size, chunks) values (?, ?, ?)"
          + (ConfiguredDataSource.onPostgresql(ConfigProvider.getConfig())
              ? " on conflict (sha256) do nothing"
              : "");

  @Inject FileEvidenceStore files;

  @PersistenceContext(unitName = "parindex")
  EntityManager em;

  @Override
  public long maxBytes() {
    return files.maxBytes();
  }

  @Override
  public Received receive(InputStream in) throws IOException {
    return files.receive(in);
  }

  @Override
  public void discard(Received received) {
    files.discard(received);
  }

  @Override
  public void keep(Received received) throws IOException {
    if (chunks(received.sha256()) >= 0) {
      files.discard(received);
      return;
    }
    int count = (int) ((received.size() + CHUNK - 1) / CHUNK);
    int added =
        em.createNativeQuery(ADD_CONTENT)
            .setParameter(1, received.sha256())
            .setParameter(2, received.size())
            .setParameter(3, count)
            .executeUpdate();
    if (added == 0) {
      files.discard(received);
      return;
    }
    try (InputStream in = Files.newInputStream(received.file())) {
      byte[] buffer = new byte[CHUNK];
      for (int seq = 0; seq < count; seq++) {
        int read = in.readNBytes(buffer, 0, CHUNK);
        em.createNativeQuery("insert into evidence_chunk (sha256, seq, data) values (?, ?, ?)")
            .setParameter(1, received.sha256())
            .setParameter(2, seq)
            .setParameter(3, read == CHUNK ? buffer : Arrays.copyOf(buffer, read))
            .executeUpdate();
      }
    }
    files.discard(received);
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    int count = chunks(sha256);
    if (count < 0) {
      throw new FileNotFoundException("No evidence content " + sha256);
    }
    return new ChunkStream(count, seq -> chunk(sha256, seq));
  }

  /** The number of chunks of the content, or -1 if the database does not hold it. */
  private int chunks(String sha256) {
    List<?> found =
        em.createNativeQuery("select chunks from evidence_content where sha256 = ?")
            .setParameter(1, sha256)
            .getResultList();
    return found.isEmpty() ? -1 : ((Number) found.get(0)).intValue();
  }

  private byte[] chunk(String sha256, int seq) {
    return (byte[])
        em.createNativeQuery("select data from evidence_chunk where sha256 = ? and seq = ?")
            .setParameter(1, sha256)
            .setParameter(2, seq)
            .getSingleResult();
  }
}

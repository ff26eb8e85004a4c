package vn.parindex.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import vn.parindex.evidence.EvidenceStore;
import vn.parindex.it.support.ContainerTest;
import vn.parindex.it.support.Deployments;
import vn.parindex.persistence.evidence.DatabaseEvidenceStore;
import vn.parindex.persistence.evidence.FileEvidenceStore;

/**
 * Both evidence stores, the directory and the database, on H2 or on PostgreSQL, by the same checks:
 * a file comes back byte for byte under the SHA-256 of its content, several megabytes across
 * chunks; the same content is kept once and another is another file; a file whose record fails is
 * not half there (the database store keeps nothing of it, the directory store at most the whole
 * file, never a part).
 */
@ContainerTest
class EvidenceStoresIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.realWar(EvidenceStoresIT.class, Storage.class);
  }

  @Inject FileEvidenceStore directory;
  @Inject DatabaseEvidenceStore database;
  @Inject Storage storage;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:app/jdbc/parindex")
  DataSource dataSource;

  private List<EvidenceStore> stores() {
    return List.of(directory, database);
  }

  private static byte[] content(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Keeps {@code bytes} in a transaction of its own, as an upload's service does. */
  private String keep(EvidenceStore store, byte[] bytes) {
    return storage.inTransaction(
        em -> {
          try {
            return store.accept(new ByteArrayInputStream(bytes), r -> r::sha256);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static byte[] read(EvidenceStore store, String sha256) throws IOException {
    try (InputStream in = store.open(sha256)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aFileComesBackWholeUnderItsHashAndOnce() throws Exception {
    for (EvidenceStore store : stores()) {
      String name = store.getClass().getSimpleName();
      byte[] plan = content(3 * 1024 * 1024 + 517, name.hashCode());
      String sha = keep(store, plan);
      assertEquals(sha256(plan), sha, name);
      assertArrayEquals(plan, read(store, sha), name);
      assertEquals(sha, keep(store, plan), name + ": the same content is the same file");
      byte[] revised = content(1000, name.hashCode() + 1L);
      String other = keep(store, revised);
      assertNotEquals(sha, other, name);
      assertArrayEquals(revised, read(store, other), name);
      assertArrayEquals(plan, read(store, sha), name + ": the first is still there");
      assertArrayEquals(new byte[0], read(store, keep(store, new byte[0])), name);
    }
  }

  /**
   * The same document uploaded by four people at once is kept once and read back whole. The
   * database store is checked on PostgreSQL, the database of a cluster (H2 serves one server).
   */
  @Test
  void theSameContentUploadedAtOnceIsKeptOnce() throws Exception {
    boolean postgresql;
    try (Connection c = dataSource.getConnection()) {
      postgresql = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
    for (EvidenceStore store : postgresql ? stores() : List.of(directory)) {
      byte[] bytes = content(1536 * 1024, 11L + store.getClass().getName().length());
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> kept = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        kept.add(
            executor.submit(
                () -> {
                  start.await();
                  return keep(store, bytes);
                }));
      }
      start.countDown();
      for (Future<String> each : kept) {
        assertEquals(sha256(bytes), each.get());
      }
      assertArrayEquals(bytes, read(store, sha256(bytes)));
    }
  }

  @Test
  void aFileWhoseRecordFailsIsNotHalfThere() throws Exception {
    for (EvidenceStore store : stores()) {
      byte[] bytes = content(2 * 1024 * 1024 + 3, 7L + store.getClass().getName().length());
      assertThrows(
          EJBException.class,
          () ->
              storage.inTransaction(
                  em -> {
                    try {
                      return store.accept(
                          new ByteArrayInputStream(bytes),
                          r ->
                              () -> {
                                throw new IllegalStateException("the record could not be made");
                              });
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }));
      String sha = sha256(bytes);
      if (store == database) {
        assertThrows(IOException.class, () -> read(store, sha), "nothing of it in the database");
      } else {
        assertArrayEquals(bytes, read(store, sha), "in the directory whole, never in part");
      }
    }
  }
}

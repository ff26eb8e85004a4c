package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence files live: a directory from configuration by default, implemented in the
 * persistence module. Files are streamed in, never held whole in memory, and kept once per content.
 */
public interface EvidenceStore {
  /** An upload written to a temporary file, with its hash and size; not yet kept. */
  record Received(Path file, String sha256, long size) {}

  /** The configured size limit of one file, in bytes. */
  long maxBytes();

  /**
   * Streams {@code in} to a temporary file while hashing it; more than {@link #maxBytes()} is
   * refused with {@link vn.parindex.shared.FileTooLargeException} and nothing is left behind.
   */
  Received receive(InputStream in) throws IOException;

  /** Keeps a received file under its hash; a file with the same content is not written twice. */
  void keep(Received received) throws IOException;

  /** Forgets a received file that was refused. */
  void discard(Received received);

  InputStream open(String sha256) throws IOException;

  /**
   * What decides about a received file: refuses it by throwing, or says what to record once the
   * file is kept.
   */
  @FunctionalInterface
  interface Decision<T> {
    Recording<T> decide(Received received) throws IOException;
  }

  /** The record of a kept file, made only once the file is in the store. */
  @FunctionalInterface
  interface Recording<T> {
    T record();
  }

  /**
   * Receives {@code in} whole, lets {@code decision} refuse it, keeps it, then records it: the body
   * is read before any refusal (a client still sending would see an early answer only as the
   * connection closing), a refused file leaves nothing behind, and no record names a file that is
   * not kept.
   */
  default <T> T accept(InputStream in, Decision<T> decision) throws IOException {
    Received received = receive(in);
    try {
      Recording<T> recording = decision.decide(received);
      keep(received);
      return recording.record();
    } catch (RuntimeException | IOException e) {
      discard(received);
      throw e;
    }
  }
}

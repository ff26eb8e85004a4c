package vn.parindex.persistence.evidence;

import java.io.InputStream;
import java.util.function.IntFunction;

/** A stored file read one chunk at a time, each fetched when the reader reaches it. */
final class ChunkStream extends InputStream {
  private final int count;
  private final IntFunction<byte[]> fetch;
  private byte[] current = new byte[0];
  private int next;
  private int position;

  ChunkStream(int count, IntFunction<byte[]> fetch) {
    this.count = count;
    this.fetch = fetch;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == current.length) {
      if (next == count) {
        return -1;
      }
      current = fetch.apply(next++);
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, into, offset, n);
    position += n;
    return n;
  }
}

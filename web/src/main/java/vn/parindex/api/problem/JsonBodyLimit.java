package vn.parindex.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Every JSON body the API reads is at most {@value #MAX_BYTES} bytes: the largest it takes (a
 * report's draft with its free text) is a few kilobytes, and an unbounded one would hold a thread
 * and the heap for as long as a client cares to send. One byte more is 413, read no further.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {
  static final int MAX_BYTES = 256 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      String length = context.getHeaders().getFirst("Content-Length");
      if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BYTES) {
        throw new TooLargeException();
      }
      context.setInputStream(new Bounded(context.getInputStream()));
    }
    return context.proceed();
  }

  /** Counts what is read and stops past the limit, for bodies sent without a length. */
  private static final class Bounded extends FilterInputStream {
    private long read;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new TooLargeException();
      }
    }
  }
}

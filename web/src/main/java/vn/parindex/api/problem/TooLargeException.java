package vn.parindex.api.problem;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/** A request body over the limit of its endpoint: answered 413 by the problem mappers. */
public class TooLargeException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  public TooLargeException() {
    super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  /**
   * Reads a whole body of at most {@code limit} bytes; one byte more is refused without reading the
   * rest.
   */
  public static byte[] readAtMost(InputStream body, int limit) throws IOException {
    byte[] bytes = body.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw new TooLargeException();
    }
    return bytes;
  }
}

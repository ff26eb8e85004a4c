package vn.parindex.api.framework;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** A request body over the limit of its endpoint: answered 413 by the problem mappers. */
public class TooLargeException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  public TooLargeException() {
    super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }
}

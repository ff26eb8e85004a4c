package vn.parindex.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.FileTooLargeException;
import vn.parindex.shared.ForbiddenException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.UnsupportedFileTypeException;
import vn.parindex.web.security.Problem;
import vn.parindex.web.security.ProblemWriter;
import vn.parindex.web.shell.Messages;

/** Turns every failure of the API into a problem document with the status the API promises. */
public final class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
    @Inject ProblemWriter writer;
    @Inject Messages messages;
    @Context UriInfo uri;

    Response respond(int status, String key, Object[] arguments, List<Problem.Error> errors) {
      Problem problem =
          writer.problem(status, uri.getRequestUri().getPath(), key, arguments, errors);
      return Response.status(status)
          .type(ProblemWriter.MEDIA_TYPE + ";charset=UTF-8")
          .entity(writer.toJson(problem))
          .build();
    }
  }

  /**
   * 422 with every violation, 409 for conflicts, 404 for what does not exist, 403 for a foreign
   * unit.
   */
  @Provider
  public static class Business extends Base<BusinessException> {
    @Override
    public Response toResponse(BusinessException e) {
      if (e instanceof InvalidInputException invalid) {
        List<Problem.Error> errors =
            invalid.violations().stream()
                .map(
                    v ->
                        Problem.Error.of(
                            v, messages.vietnamese(v.messageKey(), v.arguments().toArray())))
                .toList();
        return respond(422, "error.invalid", new Object[0], errors);
      }
      return respond(status(e), e.messageKey(), e.arguments(), null);
    }

    private static int status(BusinessException e) {
      if (e instanceof ConflictException) {
        return 409;
      }
      if (e instanceof NotFoundException) {
        return 404;
      }
      if (e instanceof ForbiddenException) {
        return 403;
      }
      if (e instanceof FileTooLargeException) {
        return 413;
      }
      return e instanceof UnsupportedFileTypeException ? 415 : 400;
    }
  }

  /** A role the caller lacks: refused and logged, since it is either a bug or a probe. */
  @Provider
  public static class Forbidden extends Base<EJBAccessException> {
    @Context SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
      LOG.warning(
          () ->
              "Refused "
                  + uri.getRequestUri().getPath()
                  + " to "
                  + (security.getUserPrincipal() == null
                      ? "anonymous"
                      : security.getUserPrincipal().getName()));
      return respond(403, "error.forbidden", new Object[0], null);
    }
  }

  /** JAX-RS's own refusals: unknown path, wrong method, unsupported media type and so on. */
  @Provider
  public static class Web extends Base<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String key =
          switch (status) {
            case 400 -> "error.malformed";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedType";
            default -> "error.internal";
          };
      return respond(status, key, new Object[0], null);
    }
  }

  /** A body that is not the JSON it should be. */
  @Provider
  public static class Malformed extends Base<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return respond(400, "error.malformed", new Object[0], null);
    }
  }

  /** JSON that does not bind to the expected shape. */
  @Provider
  public static class Unbindable extends Base<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return respond(400, "error.malformed", new Object[0], null);
    }
  }

  /** Anything else is our fault: logged in full, answered without internals. */
  @Provider
  public static class Unexpected extends Base<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (uniqueViolation(e)) {
        // Two requests created the same row at once (a leaf's first save, say): the loser is told
        // to read again, as for any stale version; its transaction was rolled back whole.
        LOG.info(() -> "Concurrent creation refused at " + uri.getRequestUri().getPath());
        return respond(409, "error.concurrent", new Object[0], null);
      }
      LOG.log(Level.SEVERE, "Unexpected API failure at " + uri.getRequestUri().getPath(), e);
      return respond(500, "error.internal", new Object[0], null);
    }

    /**
     * Whether a unique key refused the write (SQLSTATE 23505 on H2 and PostgreSQL): what two
     * creations at once produce. Any other constraint refusing is a fault of ours, and a 500.
     */
    static boolean uniqueViolation(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
          return true;
        }
      }
      return false;
    }
  }
}

package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.parindex.web.shell.Messages;

/** Writes RFC 9457 problem documents, both for JAX-RS mappers and for the servlet layer. */
@ApplicationScoped
public class ProblemWriter {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Messages messages;

  public Problem problem(
      int status,
      String instance,
      String messageKey,
      Object[] arguments,
      List<Problem.Error> errors) {
    String title = messages.vietnamese("problem.title." + status);
    return new Problem(
        "about:blank",
        title.startsWith("problem.title.") ? messages.vietnamese("problem.title.default") : title,
        status,
        messages.vietnamese(messageKey, arguments),
        instance,
        errors);
  }

  public String toJson(Problem problem) {
    return JSON.toJson(problem);
  }

  public void write(
      HttpServletRequest request, HttpServletResponse response, int status, String messageKey) {
    Problem problem = problem(status, request.getRequestURI(), messageKey, new Object[0], null);
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write(toJson(problem));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

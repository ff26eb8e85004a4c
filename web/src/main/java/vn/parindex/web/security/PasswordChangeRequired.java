package vn.parindex.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keeps a person whose password was set by someone else (a generated first password, a reset) on
 * the password page until they choose their own; their session opens nothing of the API but the
 * change of their own password either (Basic requests are held the same way by the authentication
 * mechanism).
 */
@WebFilter(urlPatterns = {"/app/*", "/api/*"})
public class PasswordChangeRequired extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PASSWORD_PAGE = "/app/password.xhtml";
  static final String OWN_PASSWORD_API = "/api/users/me/password";

  @Inject ProblemWriter problems;

  /** What a person who must change their password may still open. */
  static boolean exempt(HttpServletRequest request) {
    String path = ParIndexAuthentication.pathOf(request);
    return path.equals(PASSWORD_PAGE) || path.equals(OWN_PASSWORD_API);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    boolean mustChange =
        session != null
            && Boolean.TRUE.equals(
                session.getAttribute(ParIndexAuthentication.SESSION_MUST_CHANGE));
    if (mustChange && !exempt(request)) {
      if (ParIndexAuthentication.isApi(request)) {
        problems.write(
            request, response, HttpServletResponse.SC_FORBIDDEN, "auth.passwordChangeRequired");
      } else if (request.getMethod().equals("GET")) {
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}

package vn.parindex.web.security;

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
 * the password page until they choose their own.
 */
@WebFilter(urlPatterns = "/app/*")
public class PasswordChangeRequired extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String PASSWORD_PAGE = "/app/password.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    boolean mustChange =
        session != null
            && Boolean.TRUE.equals(
                session.getAttribute(ParIndexAuthentication.SESSION_MUST_CHANGE));
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (mustChange && !path.equals(PASSWORD_PAGE)) {
      if (request.getMethod().equals("GET")) {
        response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      } else {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}

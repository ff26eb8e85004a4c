package vn.parindex.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The API cannot be driven from another site. A browser attaches the session cookie (and any Basic
 * credentials it remembers) to a form another site posts, so an unsafe request (POST, PUT, PATCH,
 * DELETE) is refused with 403 when its {@code Origin} names another site, and, when it rides on the
 * session alone, unless its {@code Origin} or {@code Referer} is this application. Programs calling
 * the API send Basic credentials and no {@code Origin}; the pages' own calls are same-origin.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteRequests extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CrossSiteRequests.class.getName());
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject ProblemWriter problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean allowed =
        allowed(
            request.getMethod(),
            request.getHeader("Origin"),
            request.getHeader("Referer"),
            request.getHeader("Host"),
            request.getHeader("Authorization") != null);
    if (!allowed) {
      LOG.warning(
          () ->
              "Refused a cross-site "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + " from "
                  + request.getHeader("Origin"));
      SecurityHeaders.apply(request, response);
      problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "auth.crossSite");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The rule, as plain Java: see the class comment. */
  static boolean allowed(
      String method, String origin, String referer, String host, boolean credentialsSent) {
    if (SAFE.contains(method)) {
      return true;
    }
    if (origin != null && !origin.equals("null")) {
      return sameSite(origin, host);
    }
    if (credentialsSent && origin == null) {
      return true;
    }
    return referer != null && sameSite(referer, host);
  }

  private static boolean sameSite(String address, String host) {
    try {
      URI uri = URI.create(address);
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host != null && uri.getHost() != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package vn.parindex.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. The pages' Content-Security-Policy comes from PrimeFaces (its CSP
 * mode puts a nonce on every script it renders; the policy is {@code primefaces.CSP_POLICY} in
 * web.xml); the API gets the strictest policy here, except the preview of a report, an HTML page
 * without scripts that the reports page shows in a frame.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final String PREVIEW_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self';"
          + " sandbox";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Also called by the authentication mechanism, whose refusals are answered before any filter
   * runs. No X-Frame-Options: Payara sends its own, and {@code frame-ancestors 'none'} overrides
   * it.
   */
  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ParIndexAuthentication.isApi(request)) {
      response.setHeader(
          "Content-Security-Policy", isReportPreview(request) ? PREVIEW_POLICY : API_POLICY);
      response.setHeader("Cache-Control", "no-store");
    } else if (isPage(request)) {
      // A unit's figures on a shared office computer: no copy in the browser's cache or history.
      response.setHeader("Cache-Control", "no-store");
    }
  }

  private static boolean isPage(HttpServletRequest request) {
    String path = ParIndexAuthentication.pathOf(request);
    // Scripts, styles and fonts (served by Faces as *.xhtml too) stay cacheable.
    return !path.startsWith("/jakarta.faces.resource/")
        && (path.startsWith("/app/") || path.endsWith(".xhtml"));
  }

  private static boolean isReportPreview(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getRequestURI().contains("/reports/")
        && "html".equalsIgnoreCase(request.getParameter("format"));
  }
}

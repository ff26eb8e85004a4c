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
 * web.xml); the API, which renders no HTML, gets the strictest policy here.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;

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
      response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      response.setHeader("Cache-Control", "no-store");
    }
  }
}

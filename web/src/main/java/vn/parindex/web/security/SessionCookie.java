package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie of a signed-in session, sent again with {@code SameSite=Lax} and, over HTTPS or when
 * {@code parindex.cookie.secure} says the server sits behind a TLS proxy, {@code Secure}. Payara
 * ignores the {@code SameSite} attribute of web.xml's cookie-config, so the cookie it set is
 * repeated here with the attributes; a browser keeps the last of two cookies of one name. Lax, not
 * Strict: a reminder's link followed from the mail client must find the officer signed in, and a
 * cross-site POST is refused by {@link CrossSiteRequests} whatever the browser sends.
 */
@ApplicationScoped
public class SessionCookie {
  static final String NAME = "JSESSIONID";

  @Inject
  @ConfigProperty(name = "parindex.cookie.secure", defaultValue = "false")
  boolean behindTls;

  void send(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
    String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    response.addHeader(
        "Set-Cookie",
        NAME
            + "="
            + session.getId()
            + "; Path="
            + path
            + "; HttpOnly; SameSite=Lax"
            + (behindTls || request.isSecure() ? "; Secure" : ""));
  }
}

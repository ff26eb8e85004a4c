package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.parindex.account.AccountService;
import vn.parindex.account.LoginResult;
import vn.parindex.web.shell.UserPreferences;

/**
 * One mechanism for the three ways in: the login form (which calls {@code
 * SecurityContext.authenticate}), the session that follows it, and HTTP Basic on {@code /api} for
 * scripts. Jakarta Security allows one mechanism per application, hence one class.
 *
 * <p>Basic never creates a session, so an API client cannot ride on a browser's login and a script
 * leaves nothing behind on the server.
 */
@ApplicationScoped
public class ParIndexAuthentication implements HttpAuthenticationMechanism {
  static final String SESSION_USER = "parindex.user";
  static final String SESSION_ROLES = "parindex.roles";
  static final String SESSION_MUST_CHANGE = "parindex.mustChangePassword";
  static final String SESSION_STAMP = "parindex.credentialStamp";
  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final int TOO_MANY_REQUESTS = 429;

  @Inject IdentityStoreHandler identityStores;
  @Inject LastLogin lastLogin;
  @Inject ProblemWriter problems;
  @Inject AccountService accounts;
  @Inject VerifiedCredentials verified;
  @Inject PasswordCheckLimit checkLimit;
  @Inject SessionCookie sessionCookie;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return formLogin(request, response, context, submitted);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(request, response, context, authorization.substring(6).strip());
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof String user) {
      if (session.getAttribute(SESSION_STAMP) instanceof String stamp
          && accounts.sessionStillValid(user, stamp)) {
        @SuppressWarnings("unchecked")
        Set<String> roles = (Set<String>) session.getAttribute(SESSION_ROLES);
        return context.notifyContainerAboutLogin(user, roles);
      }
      // Disabled, reset or given other roles since this session began: it is over.
      session.invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return challenge(request, response, context);
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Credential submitted) {
    CredentialValidationResult result = identityStores.validate(submitted);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // The login page shows why; a 401 here would replace it with the server's error page.
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at login, so that an id planted before login is worthless after it.
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    HttpSession session = request.getSession(true);
    sessionCookie.send(request, response, session);
    Set<String> roles = new HashSet<>(result.getCallerGroups());
    session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
    session.setAttribute(SESSION_ROLES, roles);
    LoginResult login = lastLogin.get();
    session.setAttribute(SESSION_MUST_CHANGE, login != null && login.mustChangePassword());
    if (login != null) {
      session.setAttribute(UserPreferences.SESSION_LANGUAGE, login.language());
      session.setAttribute(SESSION_STAMP, login.credentialStamp());
    }
    return context.notifyContainerAboutLogin(result.getCallerPrincipal(), roles);
  }

  private AuthenticationStatus basic(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(request, response, context, "auth.basic.malformed");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(request, response, context, "auth.basic.malformed");
    }
    String username = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    Optional<LoginResult> known = verified.find(username, password);
    if (known.isPresent()) {
      return admitBasic(request, response, context, known.get());
    }
    if (!checkLimit.take(request.getRemoteAddr())) {
      SecurityHeaders.apply(request, response);
      response.setHeader("Retry-After", "1");
      problems.write(request, response, TOO_MANY_REQUESTS, "auth.tooManyChecks");
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    LoginResult login = lastLogin.get();
    if (login != null) {
      verified.remember(username, password, login);
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      boolean locked = login != null && login.status() == LoginResult.Status.LOCKED;
      return unauthorized(
          request, response, context, locked ? "login.locked" : "auth.basic.invalid");
    }
    checkLimit.refund(request.getRemoteAddr());
    return admitBasic(request, response, context, login);
  }

  private AuthenticationStatus admitBasic(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      LoginResult login) {
    if (login.mustChangePassword() && !PasswordChangeRequired.exempt(request)) {
      // A password someone else set opens nothing but the change of it, on every channel.
      SecurityHeaders.apply(request, response);
      problems.write(
          request, response, HttpServletResponse.SC_FORBIDDEN, "auth.passwordChangeRequired");
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.notifyContainerAboutLogin(login.username(), AccountIdentityStore.groups(login));
  }

  private AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return unauthorized(request, response, context, "auth.required");
    }
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // An AJAX call after the session timed out: Faces must be told to navigate, not redirected.
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }

  private AuthenticationStatus unauthorized(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String messageKey) {
    SecurityHeaders.apply(request, response);
    response.setHeader("WWW-Authenticate", "Basic realm=\"parindex\", charset=\"UTF-8\"");
    problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, messageKey);
    return AuthenticationStatus.SEND_FAILURE;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = pathOf(request);
    return path.startsWith("/api/") || path.equals("/api");
  }

  /** The request's path inside the application, as the URL patterns of web.xml read it. */
  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}

package vn.parindex.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Logged-in sessions, opened through the login page as a browser opens them. */
public final class Sessions {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private Sessions() {}

  /** {@code count} sessions of one account, each as a {@code Cookie} header's value. */
  public static List<String> open(String base, String user, String password, int count)
      throws IOException, InterruptedException {
    List<String> cookies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cookies.add(open(base, user, password));
    }
    return cookies;
  }

  private static String open(String base, String user, String password)
      throws IOException, InterruptedException {
    CookieManager jar = new CookieManager();
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(jar)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    URI login = URI.create(base + "/login.xhtml");
    String page = http.send(HttpRequest.newBuilder(login).build(), body()).body();
    Matcher state = VIEW_STATE.matcher(page);
    if (!state.find()) {
      throw new IllegalStateException("No view state on the login page");
    }
    String form =
        Map.of(
                "loginForm",
                "loginForm",
                "loginForm:username",
                user,
                "loginForm:password",
                password,
                "loginForm:submit",
                "",
                "jakarta.faces.ViewState",
                state.group(1))
            .entrySet()
            .stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> home =
        http.send(
            HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            body());
    if (!home.uri().getPath().startsWith("/app/")) {
      throw new IllegalStateException("Login as " + user + " ended on " + home.uri());
    }
    // The session's id and, the application being distributable, Payara's JSESSIONIDVERSION
    // beside it: without the version the server does not find the session.
    return jar.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().startsWith("JSESSIONID"))
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package vn.parindex.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application as IT staff run it: the built WAR on Payara Micro in its own process, with the
 * embedded H2 in a fresh data directory. Started once for all API and browser tests and stopped
 * when the test JVM exits.
 *
 * <p>The generated first password of {@code admin} is read from the server log, as a person would.
 * The helpers use a second administrator, {@code it.admin}, so that a test may change the password
 * of {@code admin} without breaking the others.
 */
public final class RunningApp {
  /** The assignment of dispatch 6926 (2022), shared with the domain tests. */
  public static final Path ASSIGNMENT_2022 =
      Path.of("../domain/src/test/resources/vn/parindex/campaign/assignment-hatinh-2022.csv");

  public static final String HELPER_ADMIN = "it.admin";
  public static final String HELPER_PASSWORD = "QuanTriKiemThu2022";
  private static RunningApp instance;
  private static final String ME_PASSWORD = "/api/users/me/password";

  /**
   * This run, in the names tests give what they create: a rerun on the same database never clashes.
   */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 46_656L, 36);

  private final AtomicInteger names = new AtomicInteger();

  private final URI base;
  private final Path log;
  private final String adminPassword;
  private final SmtpSink mail;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RunningApp(URI base, Path log, String adminPassword, SmtpSink mail) {
    this.base = base;
    this.log = log;
    this.adminPassword = adminPassword;
    this.mail = mail;
  }

  /**
   * A name no other test of this run gives ({@code name-run-n}, lower case for usernames, upper for
   * codes as given): tests share one database, and each makes its own campaigns and accounts.
   */
  public String unique(String name) {
    return name + "-" + RUN + "-" + names.incrementAndGet();
  }

  /** Where the application keeps its files (evidence among them). */
  public Path dataDir() {
    return log.getParent().resolve("data");
  }

  /** The mail server the application sends to. */
  public SmtpSink mail() {
    return mail;
  }

  public static synchronized RunningApp get() {
    if (instance == null) {
      try {
        instance = start();
      } catch (IOException e) {
        throw new IllegalStateException("Could not start the application", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  /**
   * The application in {@code process}: bootstrapped when it was just launched on a new database,
   * else the helper admin it already has.
   */
  public static RunningApp of(AppProcess process, SmtpSink mail) {
    RunningApp app =
        new RunningApp(
            URI.create("http://localhost:" + process.port()),
            process.log(),
            process.generatedPassword(),
            mail);
    return process.generatedPassword() == null ? app : app.bootstrap();
  }

  /**
   * The application behind a load balancer at {@code balancer}, set up on the database {@code
   * first} (a server launched on it, whose log gives the first admin's password) bootstrapped.
   */
  public static RunningApp behind(URI balancer, AppProcess first, SmtpSink mail) {
    return new RunningApp(balancer, first.log(), first.generatedPassword(), mail).bootstrap();
  }

  private static RunningApp start() throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("parindex.it.dataDir"), "running-app");
    SmtpSink mail = SmtpSink.start();
    return of(AppProcess.launch(dir, mail), mail);
  }

  /**
   * The helper admin the tests call the API with. A password someone else set opens nothing but its
   * own change, so the first admin sets one, opens the helper (who sets theirs), and the helper
   * then resets the first admin: its one-time password is what {@link #generatedAdminPassword}
   * gives, for the test of an installation's first day.
   */
  RunningApp bootstrap() {
    String own = "Dau" + adminPassword;
    expect(204, send("PUT", ME_PASSWORD, passwords(adminPassword, own), "admin", adminPassword));
    String issued = HELPER_PASSWORD + "-cap";
    expect(
        201,
        send(
            "POST",
            "/api/users",
            "{\"username\":\""
                + HELPER_ADMIN
                + "\",\"fullName\":\"Quản trị kiểm thử\",\"roles\":[\"ADMIN\"],\"password\":\""
                + issued
                + "\"}",
            "admin",
            own));
    expect(204, send("PUT", ME_PASSWORD, passwords(issued, HELPER_PASSWORD), HELPER_ADMIN, issued));
    long id =
        Json.createReader(new StringReader(asAdmin("GET", "/api/users", null).body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("username").equals("admin"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> reset = asAdmin("POST", "/api/users/" + id + "/password-reset", null);
    expect(200, reset);
    String oneTime =
        Json.createReader(new StringReader(reset.body())).readObject().getString("oneTimePassword");
    return new RunningApp(base, log, oneTime, mail);
  }

  private static String passwords(String current, String replacement) {
    return "{\"current\":\"" + current + "\",\"replacement\":\"" + replacement + "\"}";
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          response.request().method() + " " + response.request().uri() + ": " + response.body());
    }
  }

  public String url(String path) {
    return base.resolve(path).toString();
  }

  /** The generated first password of {@code admin}, as printed in the log. */
  public String generatedAdminPassword() {
    return adminPassword;
  }

  public String serverLog() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** A request with HTTP Basic credentials (none when {@code user} is null). */
  public HttpResponse<String> send(
      String method, String path, String json, String user, String password) {
    HttpRequest.Builder request = request(path, user, password);
    if (json != null) {
      request.header("Content-Type", "application/json; charset=UTF-8");
      request.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A request with a body of any type (a CSV, a workbook) and a response read as bytes. */
  public HttpResponse<byte[]> sendBytes(
      String method, String path, String contentType, byte[] body, String user, String password) {
    HttpRequest.Builder request = request(path, user, password);
    if (body != null) {
      request.header("Content-Type", contentType);
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String token = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private <T> HttpResponse<T> exchange(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request.build(), handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request as the helper administrator. */
  public HttpResponse<String> asAdmin(String method, String path, String json) {
    return send(method, path, json, HELPER_ADMIN, HELPER_PASSWORD);
  }

  /** Opens an account through the API with a known password; the person must change it. */
  public void createAccount(
      String username, String fullName, String unitCode, String role, String password) {
    createAccount(username, fullName, unitCode, role, password, null);
  }

  /**
   * An account for API calls: opened like any other, then its password set by its owner, as the
   * person running a script would, so that its Basic requests are not held for the change.
   */
  public void createApiAccount(
      String username, String fullName, String unitCode, String role, String password) {
    createApiAccount(new String[] {username, fullName, unitCode, role}, password, null);
  }

  /** The same, {@code who} being username, full name, unit and role, with an e-mail address. */
  public void createApiAccount(String[] who, String password, String email) {
    String username = who[0];
    String issued = password + "-cap";
    createAccount(username, who[1], who[2], who[3], issued, email);
    expect(204, send("PUT", ME_PASSWORD, passwords(issued, password), username, issued));
  }

  /** The same, with an e-mail address (reminders go there). */
  public void createAccount(
      String username,
      String fullName,
      String unitCode,
      String role,
      String password,
      String email) {
    HttpResponse<String> created =
        asAdmin(
            "POST",
            "/api/users",
            "{\"username\":\""
                + username
                + "\",\"fullName\":\""
                + fullName
                + (email == null ? "" : "\",\"email\":\"" + email)
                + "\",\"unitCode\":\""
                + unitCode
                + "\",\"roles\":[\""
                + role
                + "\"],\"password\":\""
                + password
                + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + username + ": " + created.body());
    }
  }

  /** The id of the object a JSON answer describes. */
  public static long idOf(String json) {
    return Json.createReader(new StringReader(json)).readObject().getJsonNumber("id").longValue();
  }

  /** The id of the sample framework MAU-876-2022 that every installation starts with. */
  public long sampleFrameworkId() {
    return Json.createReader(new StringReader(asAdmin("GET", "/api/frameworks", null).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(f -> f.getString("code").equals("MAU-876-2022"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * An opened provincial campaign of 2023 on the sample framework with the 2022 assignment of
   * dispatch 6926; self-assessment opened on 1/12/2023 and closes as given.
   */
  public long openSampleCampaign(String name, String closes) throws IOException {
    return openSampleCampaign(name, closes, 2023);
  }

  /** The same, for another year the sample framework covers (2022 or 2023). */
  public long openSampleCampaign(String name, String closes, int year) throws IOException {
    return openSampleCampaign(name, closes, year, Files.readAllBytes(ASSIGNMENT_2022));
  }

  /** The same with another province's assignment table (CSV, the layout of the 2022 one). */
  public long openSampleCampaign(String name, String closes, int year, byte[] assignment) {
    HttpResponse<String> created =
        asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\""
                + name
                + "\",\"year\":"
                + year
                + ",\"frameworkId\":"
                + sampleFrameworkId()
                + ",\"kind\":\"PROVINCIAL\",\"phases\":{\"selfAssessmentOpens\":\"2023-12-01\","
                + "\"selfAssessmentCloses\":\""
                + closes
                + "\"}}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("Could not create " + name + ": " + created.body());
    }
    long id = idOf(created.body());
    HttpResponse<byte[]> assigned =
        sendBytes(
            "POST",
            "/api/campaigns/" + id + "/assignments",
            "text/csv",
            assignment,
            HELPER_ADMIN,
            HELPER_PASSWORD);
    if (assigned.statusCode() != 201
        || asAdmin("POST", "/api/campaigns/" + id + "/open", null).statusCode() != 200) {
      throw new IllegalStateException("Could not open the campaign " + name);
    }
    return id;
  }

  /**
   * An opened INTERNAL campaign of 2023 scoring Sở Tư pháp and Văn phòng UBND on a small department
   * framework (field 1: 1.1 BINARY of 6, 1.2 MANUAL of 4 by 0.5), field 1 appraised by Sở Nội vụ.
   */
  public long openDepartmentCampaign(String frameworkCode, String name) {
    return openDepartmentCampaign(frameworkCode, name, List.of("STP", "VPUBND"));
  }

  /** The same campaign scoring the given departments. */
  public long openDepartmentCampaign(String frameworkCode, String name, List<String> subjects) {
    return openInternalCampaign(
        frameworkCode,
        name,
        "1,,1,Công tác chỉ đạo điều hành,,10,SELF,,,\n"
            + "1.1,1,2,Kế hoạch cải cách hành chính,,6,SELF,,BINARY,\n"
            + "1.2,1,2,Báo cáo cải cách hành chính,,4,SELF,,MANUAL,step=0.5\n",
        subjects);
  }

  /**
   * The same campaign on a framework of one field of 10 points given as the rows of its table
   * (code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params).
   */
  public long openInternalCampaign(String frameworkCode, String name, String rows) {
    return openInternalCampaign(frameworkCode, name, rows, List.of("STP", "VPUBND"));
  }

  /** The same, scoring the given units. */
  public long openInternalCampaign(
      String frameworkCode, String name, String rows, List<String> subjects) {
    return InternalCampaigns.open(this, frameworkCode, name, rows, subjects);
  }
}

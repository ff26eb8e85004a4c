package vn.parindex.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built WAR on Payara Micro in a process of its own, on a free port, its data and log under
 * {@code dir}, its mail going to the test's SMTP sink; ready once Payara says so, with the first
 * admin's generated password read from its log. By default it counts each request's SQL statements
 * (for the N+1 guard, {@code StatementsPerRequestIT}); {@code env} may set that and the database
 * otherwise.
 */
public record AppProcess(int port, Path log, String generatedPassword, Process process) {
  private static final Pattern ONE_TIME = Pattern.compile("One-time password: (\\S+)");
  private static final Pattern READY_IN = Pattern.compile(" ready in ([\\d,.]+) \\(ms\\)");
  private static final List<String> NO_CLUSTER = List.of("--nocluster");

  static AppProcess launch(Path dir, SmtpSink mail) throws IOException, InterruptedException {
    return launch(dir, mail, Map.of());
  }

  /** On a new data directory, with these variables added to the environment. */
  public static AppProcess launch(Path dir, SmtpSink mail, Map<String, String> env)
      throws IOException, InterruptedException {
    return launch(dir, mail, env, NO_CLUSTER, true);
  }

  /**
   * The same as a member of a cluster: {@code cluster} are Payara Micro's options for it ({@code
   * --clustermode …}); a server joining a database another has set up opens no first admin, so
   * {@code first} says whether to wait for its password.
   */
  public static AppProcess launch(
      Path dir, SmtpSink mail, Map<String, String> env, List<String> cluster, boolean first)
      throws IOException, InterruptedException {
    FreshDatabase.deleteRecursively(dir);
    Files.createDirectories(dir);
    return start(dir, mail, first, env, cluster);
  }

  /** The same application again on what it left in {@code dir}: its database and files. */
  static AppProcess restart(Path dir, SmtpSink mail) throws IOException, InterruptedException {
    return restart(dir, mail, Map.of());
  }

  /** The same, with these variables added to the environment. */
  public static AppProcess restart(Path dir, SmtpSink mail, Map<String, String> env)
      throws IOException, InterruptedException {
    return start(dir, mail, false, env, NO_CLUSTER);
  }

  /** The log once Payara says it is ready; fails after four minutes or if the process ends. */
  private static String awaitReady(Path log, Process process)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    String output = "";
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      output = Files.readString(log, StandardCharsets.UTF_8);
      if (output.contains(" ready in ")) {
        break;
      }
      Thread.sleep(500);
    }
    if (!output.contains(" ready in ")) {
      throw new IllegalStateException("Payara Micro did not become ready; see " + log);
    }
    return output;
  }

  /** What Payara Micro said it took from launch to ready, in milliseconds. */
  public long readyMillis() throws IOException {
    Matcher m = READY_IN.matcher(Files.readString(log, StandardCharsets.UTF_8));
    if (!m.find()) {
      throw new IllegalStateException("No start-up time in " + log);
    }
    return Long.parseLong(m.group(1).replaceAll("[,.]", ""));
  }

  /** Stops the application and waits for it to end. */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  /**
   * The variables that run the application on the PostgreSQL database at {@code url}, as the tests'
   * roles: the owner migrates, the application's role serves.
   */
  public static Map<String, String> onPostgresql(String url) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("DB_URL", url);
    env.put("DB_OWNER_USER", System.getProperty("parindex.it.pg.user"));
    env.put("DB_OWNER_PASSWORD", System.getProperty("parindex.it.pg.password"));
    env.put("DB_USER", System.getProperty("parindex.it.pg.app-user"));
    env.put("DB_PASSWORD", System.getProperty("parindex.it.pg.app-password"));
    return env;
  }

  /** Kills the server at once, as a machine failing would (kill -9), and waits for it to end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private static AppProcess start(
      Path dir, SmtpSink mail, boolean first, Map<String, String> env, List<String> cluster)
      throws IOException, InterruptedException {
    Path log =
        dir.resolve(
            Files.exists(dir.resolve("server.log")) ? "server-restarted.log" : "server.log");
    if (!first) {
      // Payara's own runtime directory, not the application's data: left in place, it would
      // deploy the WAR it kept and then the one given again, doubling the start-up.
      FreshDatabase.deleteRecursively(dir.resolve("micro"));
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("payara.microJar"),
                "--deploy",
                System.getProperty("parindex.war"),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port)));
    command.addAll(cluster);
    command.addAll(List.of("--rootdir", dir.resolve("micro").toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("PARINDEX_"));
    builder.environment().put("PARINDEX_DATA_DIR", dir.resolve("data").toString());
    builder.environment().put("PARINDEX_MAIL_HOST", "127.0.0.1");
    builder.environment().put("PARINDEX_MAIL_PORT", String.valueOf(mail.port()));
    builder.environment().put("PARINDEX_MAIL_FROM", "chiso-cchc@hatinh.gov.vn");
    // Each request's SQL statements in the log, for the N+1 guard (StatementsPerRequestIT).
    builder.environment().put("PARINDEX_SQL_COUNT", "true");
    builder.environment().putAll(env);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  process.destroy();
                  try {
                    process.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    String output = awaitReady(log, process);
    if (!first) {
      return new AppProcess(port, log, null, process);
    }
    Matcher m = ONE_TIME.matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("No generated admin password in " + log);
    }
    return new AppProcess(port, log, m.group(1), process);
  }
}

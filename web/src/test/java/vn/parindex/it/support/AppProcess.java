package vn.parindex.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built WAR on Payara Micro in a process of its own, on a free port, its data and log under
 * {@code dir}, its mail going to the test's SMTP sink; ready once Payara says so, with the first
 * admin's generated password read from its log.
 */
record AppProcess(int port, Path log, String generatedPassword, Process process) {
  private static final Pattern ONE_TIME = Pattern.compile("One-time password: (\\S+)");

  static AppProcess launch(Path dir, SmtpSink mail) throws IOException, InterruptedException {
    FreshDatabase.deleteRecursively(dir);
    Files.createDirectories(dir);
    return start(dir, mail, true);
  }

  /** The same application again on what it left in {@code dir}: its database and files. */
  static AppProcess restart(Path dir, SmtpSink mail) throws IOException, InterruptedException {
    return start(dir, mail, false);
  }

  private static AppProcess start(Path dir, SmtpSink mail, boolean first)
      throws IOException, InterruptedException {
    Path log = dir.resolve(first ? "server.log" : "server-restarted.log");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("parindex.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--rootdir",
            dir.resolve("micro").toString());
    builder.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("PARINDEX_"));
    builder.environment().put("PARINDEX_DATA_DIR", dir.resolve("data").toString());
    builder.environment().put("PARINDEX_MAIL_HOST", "127.0.0.1");
    builder.environment().put("PARINDEX_MAIL_PORT", String.valueOf(mail.port()));
    builder.environment().put("PARINDEX_MAIL_FROM", "chiso-cchc@hatinh.gov.vn");
    // Each request's SQL statements in the log, for the N+1 guard (StatementsPerRequestIT).
    builder.environment().put("PARINDEX_SQL_COUNT", "true");
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

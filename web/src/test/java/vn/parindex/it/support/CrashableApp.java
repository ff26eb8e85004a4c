package vn.parindex.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * An application of its own, not the one the other tests share, that a test may kill as the power
 * or the OOM killer would ({@code kill -9}: no shutdown, no flush) and start again on what it left.
 */
public final class CrashableApp {
  private final Path dir;
  private final SmtpSink mail;
  private AppProcess process;

  private CrashableApp(Path dir, SmtpSink mail, AppProcess process) {
    this.dir = dir;
    this.mail = mail;
    this.process = process;
  }

  /** Started in a directory of its own, with the helper admin as in {@link RunningApp}. */
  public static CrashableApp start(String name) throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("parindex.it.dataDir"), name);
    SmtpSink mail = SmtpSink.start();
    CrashableApp crashable = new CrashableApp(dir, mail, AppProcess.launch(dir, mail));
    crashable.app(crashable.process.generatedPassword()).bootstrap();
    return crashable;
  }

  public RunningApp app() {
    return app(null);
  }

  public Path dataDir() {
    return dir.resolve("data");
  }

  /** SIGKILL, and wait until the process is gone. */
  public void kill() throws InterruptedException {
    process.process().destroyForcibly().waitFor();
  }

  /** Started again on the same database and files. */
  public RunningApp restart() throws IOException, InterruptedException {
    process = AppProcess.restart(dir, mail);
    return app();
  }

  private RunningApp app(String adminPassword) {
    return new RunningApp(
        URI.create("http://localhost:" + process.port()), process.log(), adminPassword, mail);
  }
}

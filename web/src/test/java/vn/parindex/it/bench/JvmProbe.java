package vn.parindex.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's JVM seen from outside: its resident memory from {@code /proc}, and the peak of
 * its used heap while something runs, sampled by {@code jstat} every 100 ms.
 */
final class JvmProbe {
  private final long pid;

  JvmProbe(long pid) {
    this.pid = pid;
  }

  /** Resident set size in MB. */
  long rssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    throw new IllegalStateException("No VmRSS for " + pid);
  }

  /**
   * How far the heap rose above where it stood after a full collection, in MB, while {@code work}
   * ran: the live heap, measured after a full collection every half second (what the application
   * holds, such as a file read whole), and all of it between collections (young garbage of streamed
   * buffers included).
   */
  Growth heapGrowth(Runnable work) throws IOException, InterruptedException {
    run(jcmd(), String.valueOf(pid), "GC.run");
    long[] before = usedKb();
    AtomicLong livePeak = new AtomicLong(before[1]);
    AtomicLong allPeak = new AtomicLong(before[1]);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              int tick = 0;
              while (running.get()) {
                try {
                  allPeak.accumulateAndGet(usedKb()[1], Math::max);
                  if (++tick % 5 == 0) {
                    run(jcmd(), String.valueOf(pid), "GC.run");
                    livePeak.accumulateAndGet(usedKb()[1], Math::max);
                  }
                  Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    try {
      work.run();
    } finally {
      running.set(false);
      sampler.join();
    }
    return new Growth((livePeak.get() - before[1]) / 1024, (allPeak.get() - before[1]) / 1024);
  }

  /** Heap growth in MB: of the live heap, and of all of it between collections. */
  record Growth(long liveMb, long allMb) {}

  /** The old generation in use and all of the heap in use, in KB, as {@code jstat -gc} prints. */
  private long[] usedKb() throws IOException {
    String[] lines = run(jstat(), "-gc", String.valueOf(pid)).trim().split("\n");
    String[] names = lines[0].trim().split("\\s+");
    String[] values = lines[lines.length - 1].trim().split("\\s+");
    double old = 0;
    double all = 0;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals("OU")) {
        old = Double.parseDouble(values[i]);
      }
      if (names[i].matches("S0U|S1U|EU|OU")) {
        all += Double.parseDouble(values[i]);
      }
    }
    return new long[] {(long) old, (long) all};
  }

  private static String jstat() {
    return Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
  }

  private static String jcmd() {
    return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
  }

  private static String run(String... command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }
}

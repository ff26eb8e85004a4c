package vn.parindex.it.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Prints what Basic credentials cost on the scores list (the coordinator's consolidation of a
 * campaign), 50 clients at once: each request checking its password with PBKDF2, as every request
 * did before the cache of verified credentials (the first request of 50 accounts), against the same
 * requests served from the cache (20 more per account), with the readiness check as the floor
 * measured in the same run. Not part of the build (its name is not *IT); run it with {@code ./mvnw
 * -pl web -am verify -Dit.test=CredentialBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CredentialBenchmark extends SelfAssessmentApiTest {
  private static final int CLIENTS = 50;
  private static final int CACHED_ROUNDS = 20;

  @Test
  void printRequestsPerSecondAndP95() throws Exception {
    String scores = "/api/campaigns/" + openCampaign("2099-12-31") + "/scores";
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      String name = app.unique("bench.snv." + i);
      app.createApiAccount(name, "Điều Phối " + i, "SNV", "COORDINATOR", PASSWORD);
      accounts.add(name);
    }
    // The first requests with each account's own password: no Basic request has verified it yet,
    // so each runs PBKDF2, as every request did before the cache.
    Figures floor = run(accounts, 1, a -> app.send("GET", "/health/ready", null, null, null));
    Figures pbkdf2 = run(accounts, 1, a -> app.send("GET", scores, null, a, PASSWORD));
    Figures cached = run(accounts, CACHED_ROUNDS, a -> app.send("GET", scores, null, a, PASSWORD));
    Figures floorAgain =
        run(accounts, CACHED_ROUNDS, a -> app.send("GET", "/health/ready", null, null, null));
    print("floor (GET /health/ready), 50 requests", floor);
    print("scores list, Basic checked by PBKDF2 (before)", pbkdf2);
    print("scores list, Basic from the cache (after)", cached);
    print("floor (GET /health/ready), 1000 requests", floorAgain);
    System.out.printf(
        "[benchmark] after/before: %.1f× the requests per second; p95 %.0f → %.0f ms; after/floor"
            + " p95 ratio %.1f%n",
        cached.perSecond() / pbkdf2.perSecond(),
        pbkdf2.p95(),
        cached.p95(),
        cached.p95() / floorAgain.p95());
  }

  /** Every account's client sends {@code rounds} requests in turn, all clients at once. */
  private static Figures run(List<String> accounts, int rounds, Request request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(accounts.size());
    List<Future<List<Double>>> clients = new ArrayList<>();
    long start = System.nanoTime();
    for (String account : accounts) {
      Callable<List<Double>> client =
          () -> {
            List<Double> millis = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
              long t = System.nanoTime();
              HttpResponse<String> response;
              try {
                response = request.send(account);
              } catch (IllegalStateException closed) {
                // The server closed a kept-alive connection (Grizzly ends one after 256 requests)
                // as the client reused it: sent again on a new one, its time counted in full.
                response = request.send(account);
              }
              if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
              }
              millis.add((System.nanoTime() - t) / 1e6);
            }
            return millis;
          };
      clients.add(pool.submit(client));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> client : clients) {
      all.addAll(client.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Collections.sort(all);
    return new Figures(all.size(), all.size() / seconds, all.get((int) (all.size() * 0.95) - 1));
  }

  private static void print(String what, Figures f) {
    System.out.printf(
        "[benchmark] %-48s %5d requests  %7.1f requests/s  p95 %6.0f ms%n",
        what, f.requests(), f.perSecond(), f.p95());
  }

  record Figures(int requests, double perSecond, double p95) {}

  /** One request of a client. */
  interface Request {
    HttpResponse<String> send(String account) throws IOException;
  }
}

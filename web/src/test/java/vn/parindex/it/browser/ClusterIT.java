package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.Cluster;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * The last day on two servers: an officer scores through the balancer, the server holding their
 * session dies (kill -9) while the next leaf's dialog is open and typed in, and the save goes
 * through on the other server in the same session, the dialog's state kept, no new login, no
 * request lost. A document uploaded through one server is served by the other, and five wrong
 * passwords spread over both lock the account on both. Prints the failover figures.
 */
class ClusterIT extends BrowserTest {
  private static final String OFFICER = "cl.dm";
  private static final String PASSWORD = "HaiMayChu2026!";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.US_ASCII);

  private static Cluster cluster;

  @BeforeAll
  static void startTheCluster() throws Exception {
    cluster = Cluster.start();
    app = cluster.app();
  }

  @AfterAll
  static void stopTheCluster() throws InterruptedException {
    if (cluster != null) {
      cluster.stop();
    }
  }

  @Test
  void aSessionGoesOnOnTheOtherServerWhenItsOwnDies() throws Exception {
    long campaign = app.openSampleCampaign("Chấm điểm trên hai máy chủ", "2099-12-31");
    app.createApiAccount(OFFICER, "Nguyễn Văn Cụm", "VPUBND", "UNIT_OFFICER", PASSWORD);
    aDocumentUploadedOnOneServerIsServedByTheOther(campaign);
    fiveWrongPasswordsOverBothServersLockTheAccountOnBoth();

    logIn(OFFICER, PASSWORD);
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");
    openLeaf("7.3.3");
    type("leafForm:value_input", "95");
    clickAndWaitForAjax(byId("leafForm:save"));
    assertShown("Đã lưu điểm tiêu chí 7.3.3.");
    closeDialog();
    String served = driver.manage().getCookieNamed("SERVERID").getValue();

    openLeaf("7.3.4");
    type("leafForm:value_input", "80");
    AtomicBoolean watching = new AtomicBoolean(true);
    AtomicInteger asked = new AtomicInteger();
    AtomicInteger lost = new AtomicInteger();
    CompletableFuture<Void> others =
        CompletableFuture.runAsync(() -> keepAsking(campaign, watching, asked, lost));
    Thread.sleep(500);
    long killed = System.nanoTime();
    cluster.server(served).kill();
    clickAndWaitForAjax(byId("leafForm:save"));
    Duration failover = Duration.ofNanos(System.nanoTime() - killed);
    assertShown("Đã lưu điểm tiêu chí 7.3.4.");
    Thread.sleep(2_000);
    watching.set(false);
    others.get();
    assertNotEquals(served, driver.manage().getCookieNamed("SERVERID").getValue());
    screenshots("cluster-failover");

    String trail = app.asAdmin("GET", scores(campaign) + "7.3.4/history", null).body();
    assertTrue(trail.contains("80"), "the value typed before the failure is stored: " + trail);
    System.out.printf(
        "Cluster failover: server %s killed; the dialog's save answered by the other after %d ms;"
            + " %d other requests during it, %d lost%n",
        served, failover.toMillis(), asked.get(), lost.get());
    assertEquals(0, lost.get(), "requests lost during the failover");
  }

  /** Another user's reads through the balancer while a server dies: each must be answered. */
  private static void keepAsking(
      long campaign, AtomicBoolean watching, AtomicInteger asked, AtomicInteger lost) {
    while (watching.get()) {
      asked.incrementAndGet();
      try {
        if (app.asAdmin("GET", "/api/campaigns/" + campaign, null).statusCode() != 200) {
          lost.incrementAndGet();
        }
      } catch (RuntimeException e) {
        lost.incrementAndGet();
      }
    }
  }

  private static String scores(long campaign) {
    return "/api/campaigns/" + campaign + "/subjects/UBND/scores/";
  }

  private static void aDocumentUploadedOnOneServerIsServedByTheOther(long campaign) {
    RunningApp first = cluster.direct("a");
    MultipartBody body =
        MultipartBody.of(
            Map.of("number", "520/KH-UBND"), "Kế hoạch 520.pdf", "application/pdf", PDF);
    HttpResponse<byte[]> uploaded =
        first.sendBytes(
            "POST",
            scores(campaign) + "7.3.3/evidence",
            body.contentType(),
            body.bytes(),
            OFFICER,
            PASSWORD);
    String answer = new String(uploaded.body(), StandardCharsets.UTF_8);
    assertEquals(201, uploaded.statusCode(), answer);
    JsonObject document = Json.createReader(new StringReader(answer)).readObject();
    HttpResponse<byte[]> served =
        cluster
            .direct("b")
            .sendBytes(
                "GET",
                "/api/campaigns/"
                    + campaign
                    + "/evidence/"
                    + document.getJsonNumber("id").longValue()
                    + "/content",
                null,
                null,
                OFFICER,
                PASSWORD);
    assertEquals(200, served.statusCode());
    assertArrayEquals(PDF, served.body());
  }

  private static void fiveWrongPasswordsOverBothServersLockTheAccountOnBoth() {
    app.createAccount("cl.khoa", "Người Bị Khóa", "STP", "VIEWER", "DungRoi2026x");
    List<RunningApp> servers = List.of(cluster.direct("a"), cluster.direct("b"));
    for (int i = 0; i < 5; i++) {
      servers.get(i % 2).send("GET", "/api/units", null, "cl.khoa", "sai");
    }
    for (RunningApp server : servers) {
      String refused = server.send("GET", "/api/units", null, "cl.khoa", "DungRoi2026x").body();
      assertTrue(refused.contains("tạm thời bị khóa"), refused);
    }
  }
}

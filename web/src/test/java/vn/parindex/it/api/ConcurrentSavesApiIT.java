package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Parallel saves of one leaf: first saves at once give one winner and conflicts, never a 500; a
 * save that does not name the version it read is refused, so nobody overwrites another unseen; the
 * trail holds exactly the saves that were answered 200, in one unbroken chain.
 */
class ConcurrentSavesApiIT extends SelfAssessmentApiTest {
  @Test
  void twentyFirstSavesAtOnceGiveOneWinnerAndNoFailure() throws Exception {
    long campaign = openCampaign("2099-12-31");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<HttpResponse<String>>> saves = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String body = "{\"value\":1,\"explanation\":\"Lần lưu " + i + "\"}";
      saves.add(pool.submit(() -> score(campaign, "7.3.3", body, OFFICER)));
    }
    int saved = 0;
    for (Future<HttpResponse<String>> save : saves) {
      HttpResponse<String> response = save.get();
      assertTrue(
          response.statusCode() == 200
              || response.statusCode() == 409
              || response.statusCode() == 422,
          "saved, or told it lost: " + response.statusCode() + " " + response.body());
      saved += response.statusCode() == 200 ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, saved, "the first save wins; the others must read it before changing it");

    HttpResponse<String> blind = score(campaign, "7.3.3", "{\"value\":0}", OFFICER);
    assertEquals(422, blind.statusCode(), blind.body());
    assertTrue(blind.body().contains("hãy gửi kèm phiên bản đã đọc"), blind.body());
    long version = leaf(workspace(campaign, OFFICER), "7.3.3").getJsonNumber("version").longValue();
    HttpResponse<String> informed =
        score(campaign, "7.3.3", "{\"value\":0,\"version\":" + version + "}", OFFICER);
    assertEquals(200, informed.statusCode(), informed.body());

    HttpResponse<String> check =
        app.asAdmin("GET", "/api/campaigns/" + campaign + "/audit-check", null);
    assertEquals(200, check.statusCode(), check.body());
    assertTrue(object(check).getBoolean("intact"), check.body());
    assertTrue(object(check).getInt("entries") >= 3, "the saves are in the chain: " + check.body());
  }
}

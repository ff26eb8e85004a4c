package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.CrashableApp;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * The server killed ({@code kill -9}) while eight officers upload large documents: after a restart
 * every file in the store is whole (its content hashes to its name), every document the leaf lists
 * downloads byte for byte, and every upload answered 201 before the kill is there.
 */
class KillDuringUploadsIT {
  private static final String PASSWORD = "TaiLenGiuaChung1";
  private static final int UPLOADS = 8;

  @Test
  void nothingHalfWrittenSurvivesAKillAndNothingAnsweredIsLost() throws Exception {
    CrashableApp crashable = CrashableApp.start("crash-app");
    RunningApp app = crashable.app();
    long campaign = app.openSampleCampaign("Tải lên khi máy dừng đột ngột", "2099-12-31");
    app.createApiAccount("td.vp.daumoi", "Phan Thị Tải Lên", "VPUBND", "UNIT_OFFICER", PASSWORD);
    String leaf = "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.3/evidence";
    List<byte[]> contents = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
    List<Future<Integer>> uploads = new ArrayList<>();
    for (int i = 0; i < UPLOADS; i++) {
      byte[] content = pdf(i, 12 * 1024 * 1024);
      contents.add(content);
      MultipartBody body =
          MultipartBody.of(Map.of(), "Báo cáo " + i + ".pdf", "application/pdf", content);
      uploads.add(
          pool.submit(
              () -> {
                try {
                  return app.sendBytes(
                          "POST", leaf, body.contentType(), body.bytes(), "td.vp.daumoi", PASSWORD)
                      .statusCode();
                } catch (IllegalStateException killed) {
                  return -1;
                }
              }));
    }
    // Killed as soon as the first upload is answered, while the others are on their way.
    while (uploads.stream().noneMatch(Future::isDone)) {
      Thread.sleep(10);
    }
    crashable.kill();
    Set<Integer> answered = new HashSet<>();
    for (int i = 0; i < UPLOADS; i++) {
      if (uploads.get(i).get() == 201) {
        answered.add(i);
      }
    }
    pool.shutdown();
    assertTrue(answered.size() < UPLOADS, "the kill came during the uploads");

    RunningApp again = crashable.restart();
    assertTrue(storeIsWhole(crashable.dataDir().resolve("evidence")), "no file half written");
    HttpResponse<String> listed = again.send("GET", leaf, null, "td.vp.daumoi", PASSWORD);
    assertEquals(200, listed.statusCode(), listed.body());
    Set<String> kept = new HashSet<>();
    for (JsonObject document :
        Json.createReader(new StringReader(listed.body()))
            .readArray()
            .getValuesAs(JsonObject.class)) {
      String path =
          "/api/campaigns/" + campaign + "/evidence/" + document.getJsonNumber("id") + "/content";
      byte[] downloaded = again.sendBytes("GET", path, null, null, "td.vp.daumoi", PASSWORD).body();
      assertEquals(
          document.getString("sha256"),
          SelfAssessmentApiTest.sha256(downloaded),
          "downloads whole");
      kept.add(document.getString("sha256"));
    }
    for (int i : answered) {
      assertTrue(
          kept.contains(SelfAssessmentApiTest.sha256(contents.get(i))),
          "upload " + i + " was answered 201");
    }
    System.out.println(
        "[kill -9] "
            + answered.size()
            + " of "
            + UPLOADS
            + " uploads answered before the kill, "
            + kept.size()
            + " documents after the restart, store whole");
    crashable.kill();
  }

  /** A PDF header and random bytes, different for each upload. */
  private static byte[] pdf(int seed, int size) {
    byte[] content = new byte[size];
    new Random(seed).nextBytes(content);
    byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, content, 0, header.length);
    return content;
  }

  /** Every stored file hashes to its name; only uploads in progress may be in {@code incoming/}. */
  private static boolean storeIsWhole(Path store) throws Exception {
    try (Stream<Path> files = Files.walk(store)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        if (file.getParent().getFileName().toString().equals("incoming")) {
          continue;
        }
        if (!SelfAssessmentApiTest.sha256(Files.readAllBytes(file))
            .equals(file.getFileName().toString())) {
          return false;
        }
      }
    }
    return true;
  }
}

package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on the evidence upload is a 422 that says what is wrong, and changes nothing: no
 * document on the leaf, no file left in the store.
 */
class BadInputApiIT extends SelfAssessmentApiTest {
  private static String leaf;

  @BeforeAll
  static void aCampaign() throws IOException {
    leaf = "/api/campaigns/" + openCampaign("2099-12-31") + "/subjects/UBND/scores/7.3.3/evidence";
  }

  @Test
  void aFileNameWithNulIsRefusedAndNothingIsKept() throws IOException {
    long before = filesInStore();
    Reply refused = upload(leaf, "ke\u0000hoach.pdf", PDF, Map.of(), OFFICER);
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("Tên tệp không hợp lệ: không được chứa ký tự điều khiển"),
        refused.body());
    assertEquals(before, filesInStore(), "no orphan file");
    assertEquals("[]", evidence(), "no document on the leaf");
  }

  @Test
  void aNulInTheDocumentsDetailsIsRefused() throws IOException {
    Reply refused = upload(leaf, "ke-hoach.pdf", PDF, Map.of("issuer", "UBND\u0000tỉnh"), OFFICER);
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"field\":\"issuer\""), refused.body());
    assertEquals("[]", evidence());
  }

  @Test
  void aMultipartBodyWithoutBoundaryIsRefused() {
    HttpResponse<byte[]> refused =
        app.sendBytes(
            "POST",
            leaf,
            "multipart/form-data",
            "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n"
                .getBytes(StandardCharsets.UTF_8),
            OFFICER,
            PASSWORD);
    String body = new String(refused.body(), StandardCharsets.UTF_8);
    assertEquals(422, refused.statusCode(), body);
    assertTrue(body.contains("multipart/form-data có ranh giới"), body);
  }

  private static String evidence() {
    HttpResponse<String> listed = app.send("GET", leaf, null, OFFICER, PASSWORD);
    assertEquals(200, listed.statusCode(), listed.body());
    return listed.body().strip();
  }
}

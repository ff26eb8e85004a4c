package vn.parindex.it.support;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * A department campaign taken through the API to published results, for the pages that show them:
 * Sở Tư pháp and Văn phòng UBND self-score 6 + 4 and submit; Sở Nội vụ appraises STP's 1.1 at 5 in
 * round 1; STP gets a bonus of 0,5; bands Tốt ≥ 95, Khá ≥ 85, Trung bình below; finalised and
 * published. So Văn phòng ranks 1st at 100,00 and STP 2nd at 95,00, both Tốt.
 */
public record PublishedCampaign(long id, String name, String viewer) {
  public static final String PASSWORD = "CongBo2023!";

  public static PublishedCampaign make(RunningApp app) {
    return make(app, "STP", "VPUBND");
  }

  /**
   * The same with two other departments in the places of Sở Tư pháp ({@code second}, 95,00) and Văn
   * phòng ({@code first}, 100,00).
   */
  public static PublishedCampaign make(RunningApp app, String second, String first) {
    String name = app.unique("Chỉ số CCHC các sở 2023 (đã công bố)");
    long id = app.openDepartmentCampaign(app.unique("SO-KQ"), name, List.of(second, first));
    String base = "/api/campaigns/" + id;
    String stp = app.unique("kq.stp");
    String vp = app.unique("kq.vp");
    String appraiser = app.unique("kq.snv");
    String viewer = app.unique("kq.xem");
    app.createApiAccount(stp, "Kiều Thị Tư Pháp", second, "UNIT_OFFICER", PASSWORD);
    app.createApiAccount(vp, "Tạ Văn Phòng", first, "UNIT_OFFICER", PASSWORD);
    app.createApiAccount(appraiser, "Hà Văn Thẩm Định", "SNV", "APPRAISER", PASSWORD);
    app.createAccount(viewer, "Đinh Văn Xem", "SNV", "VIEWER", PASSWORD);
    String why = ",\"explanation\":\"Văn bản đang trình ký\"";
    for (String[] unit : new String[][] {{second, stp}, {first, vp}}) {
      String scores = base + "/subjects/" + unit[0] + "/scores/";
      ok(app.send("PUT", scores + "1.1", "{\"value\":1" + why + "}", unit[1], PASSWORD));
      ok(app.send("PUT", scores + "1.2", "{\"selfScore\":4" + why + "}", unit[1], PASSWORD));
      ok(app.send("POST", base + "/subjects/" + unit[0] + "/submit", "{}", unit[1], PASSWORD));
    }
    ok(app.asAdmin("POST", base + "/appraisal/rounds", "{}"));
    ok(
        app.send(
            "PUT",
            base + "/subjects/" + second + "/appraisals/1.1",
            "{\"round\":1,\"score\":5,\"comment\":\"Kế hoạch ban hành chậm\"}",
            appraiser,
            PASSWORD));
    ok(
        app.asAdmin(
            "PUT",
            base + "/subjects/" + second + "/adjustment",
            "{\"bonus\":0.5,\"penalty\":0,\"reason\":\"Sáng kiến cải cách được công nhận\"}"));
    ok(
        app.asAdmin(
            "PUT",
            base + "/results/settings",
            "{\"bands\":[{\"name\":\"Tốt\",\"from\":95},{\"name\":\"Khá\",\"from\":85},"
                + "{\"name\":\"Trung bình\",\"from\":0}]}"));
    ok(app.asAdmin("POST", base + "/appraisal/finalise", "{}"));
    ok(app.asAdmin("POST", base + "/results/publish", "{}"));
    return new PublishedCampaign(id, name, viewer);
  }

  private static void ok(HttpResponse<String> response) {
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new IllegalStateException(
          response.request().method() + " " + response.request().uri() + ": " + response.body());
    }
  }
}

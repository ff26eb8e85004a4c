package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.parindex.it.support.PublishedCampaign;

/**
 * The first page after login says what to do next, by role, with the figures of the data set up
 * through the API: a unit's work in a department campaign (Sở Tư pháp scored one of its two leaves
 * and had it returned; Văn phòng UBND asked it for a document), Sở Nội vụ's follow-up of the same
 * campaign, the appraiser's queue once appraisal has started, the published results for a viewer.
 * Vietnamese by default; English when a person chooses it, remembered at the next login.
 */
class HomePageIT extends BrowserTest {
  private static final String PASSWORD = "ViecHomNay2023!";
  private static final String WHY = "\"explanation\":\"Văn bản đang trình ký\"";

  @Test
  void anOfficerSeesItsUnitsWorkAndContinuesWhereItWasReturned() {
    UnderWay underWay = aDepartmentCampaignUnderWay();
    long campaign = underWay.campaign();
    logIn(underWay.officer(), PASSWORD);
    assertEquals("Xin chào Kiều Thị Tư Pháp (Sở Tư pháp).", text("welcome"));
    String card = "work-" + campaign;
    assertTrue(
        text(card)
            .contains("Đang tự đánh giá · Đang thực hiện · Đóng tự đánh giá: 31/12/2099 (còn "),
        text(card));
    assertEquals("Đã chấm 2 / 2 tiêu chí", figure(card, "scored"));
    assertEquals("Chưa có tài liệu: 2", figure(card, "noEvidence"));
    assertEquals("Bị trả lại: 1", figure(card, "returned"));
    assertEquals("Yêu cầu tài liệu chờ trả lời: 1 (quá hạn 0)", figure(card, "requests"));
    screenshots("home-officer");

    driver.findElement(By.cssSelector("#" + card + " .home-go")).click();
    wait.until(ExpectedConditions.urlContains("workspace.xhtml"));
    assertTrue(driver.getCurrentUrl().contains("unit=STP"), driver.getCurrentUrl());
    assertTrue(driver.getCurrentUrl().contains("field=1"), "resumes in the returned leaf's field");
    assertShown("Kế hoạch cải cách hành chính");
  }

  @Test
  void sonoivuFollowsTheCampaignAndTheAppraiserSeesItsQueue() {
    long campaign = aDepartmentCampaignUnderWay().campaign();
    String coordinator = app.unique("home.snv");
    app.createAccount(coordinator, "Lê Thị Điều Phối", "SNV", "COORDINATOR", PASSWORD);
    logIn(coordinator, PASSWORD);
    changePassword(PASSWORD, "DieuPhoi2023!!");
    String card = "coordination-" + campaign;
    assertEquals("Đã chấm xong: 2 / 2 đơn vị", figure(card, "fullyScored"));
    assertEquals("Đã gửi, chờ lãnh đạo đơn vị duyệt: 1", figure(card, "submitted"));
    assertEquals("Lãnh đạo đã duyệt, chờ Sở Nội vụ rà soát: 0", figure(card, "waitingReview"));
    assertTrue(text(card).contains("Mốc tiếp theo: Đóng tự đánh giá: 31/12/2099"), text(card));
    screenshots("home-coordinator");
    logOut();

    ok(
        app.asAdmin(
            "POST",
            "/api/campaigns/" + campaign + "/appraisal/rounds",
            "{\"confirmUnsubmitted\":[\"STP\"]}"));
    String appraiser = app.unique("home.td");
    app.createApiAccount(appraiser, "Hà Văn Thẩm Định", "SNV", "APPRAISER", PASSWORD);
    ok(
        app.send(
            "PUT",
            "/api/campaigns/" + campaign + "/subjects/VPUBND/appraisals/1.1",
            "{\"round\":1,\"score\":6}",
            appraiser,
            PASSWORD));
    logIn(appraiser, PASSWORD);
    String queue = "appraisal-" + campaign;
    assertEquals("Đơn vị chờ thẩm định: 2 / 2", figure(queue, "subjectsWaiting"));
    assertEquals("Tiêu chí chưa thẩm định: 3", figure(queue, "leavesWaiting"));
    screenshots("home-appraiser");
    driver.findElement(By.cssSelector("#" + queue + " .home-go")).click();
    wait.until(ExpectedConditions.urlContains("appraisal.xhtml?id=" + campaign));
  }

  @Test
  void aViewerFindsThePublishedResults() {
    PublishedCampaign published = PublishedCampaign.make(app);
    logIn(published.viewer(), PublishedCampaign.PASSWORD);
    changePassword(PublishedCampaign.PASSWORD, "XemKetQua2023!");
    assertTrue(text("published").contains(published.name()), text("published"));
    driver.findElement(By.linkText(published.name())).click();
    wait.until(ExpectedConditions.urlContains("results.xhtml"));
    assertShown("Văn phòng Ủy ban nhân dân tỉnh");
    assertTrue(driver.getCurrentUrl().contains("results.xhtml?id=" + published.id()));
  }

  /** The campaign set up and the Sở Tư pháp officer who works in it. */
  private record UnderWay(long campaign, String officer) {}

  /**
   * The department campaign with both units' work scored and sent, Sở Tư pháp's 1.1 returned by Sở
   * Nội vụ, and a request to Sở Tư pháp from Văn phòng UBND.
   */
  private static UnderWay aDepartmentCampaignUnderWay() {
    long campaign =
        app.openDepartmentCampaign(app.unique("SO-HOME"), app.unique("Chỉ số các sở (trang chủ)"));
    String stp = app.unique("home.stp");
    String vp = app.unique("home.vp");
    app.createApiAccount(stp, "Kiều Thị Tư Pháp", "STP", "UNIT_OFFICER", PASSWORD);
    app.createApiAccount(vp, "Tạ Văn Phòng", "VPUBND", "UNIT_OFFICER", PASSWORD);
    String base = "/api/campaigns/" + campaign + "/subjects/";
    for (String[] unit : new String[][] {{"STP", stp}, {"VPUBND", vp}}) {
      ok(
          app.send(
              "PUT",
              base + unit[0] + "/scores/1.1",
              "{\"value\":1," + WHY + "}",
              unit[1],
              PASSWORD));
      ok(
          app.send(
              "PUT",
              base + unit[0] + "/scores/1.2",
              "{\"selfScore\":4," + WHY + "}",
              unit[1],
              PASSWORD));
      ok(app.send("POST", base + unit[0] + "/submit", "{}", unit[1], PASSWORD));
    }
    ok(app.asAdmin("POST", base + "STP/scores/1.1/return", "{\"comment\":\"Bổ sung quyết định\"}"));
    ok(
        app.send(
            "POST",
            base + "VPUBND/scores/1.1/requests",
            "{\"toUnitCode\":\"STP\",\"message\":\"Đề nghị gửi quyết định\",\"due\":\"2099-01-15\"}",
            vp,
            PASSWORD));
    return new UnderWay(campaign, stp);
  }

  private static void ok(HttpResponse<String> response) {
    assertTrue(response.statusCode() / 100 == 2, response.request().uri() + ": " + response.body());
  }

  /** The text of one figure of a home card. */
  private static String figure(String card, String name) {
    return driver.findElement(By.cssSelector("#" + card + " .figure-" + name)).getText().strip();
  }

  @Test
  void englishIsRememberedForThePerson() {
    app.createAccount("ngonngu", "Trần Văn Ngữ", "STTTT", "VIEWER", "TamThoi20222");
    logIn("ngonngu", "TamThoi20222");
    changePassword("TamThoi20222", "TiengAnh20222");
    assertEquals("Trang chủ", text("menuForm:navHome"));

    clickAndWaitForPage("userForm:langEn");
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Home", text("menuForm:navHome"));

    logOut();
    assertTrue(pageText().contains("Tên đăng nhập"), "the login page is Vietnamese again");
    logIn("ngonngu", "TiengAnh20222");
    assertEquals("Home", text("menuForm:navHome"));
    assertEquals(
        "Welcome, Trần Văn Ngữ (Department of Information and Communications).", text("welcome"));

    clickAndWaitForPage("menuForm:navUnits");
    assertShown("Department of Justice");
    clickAndWaitForPage("userForm:langVi");
    assertShown("Sở Tư pháp");
    assertEquals("Trang chủ", text("menuForm:navHome"));
  }
}

package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.TwoLeafCampaign;

/**
 * Two days before the campaign closes, Sở Nội vụ reminds the units that have not sent their work
 * from the consolidation page: Sở Tư pháp's officer gets the e-mail, the page lists every reminder
 * with its outcome, Cục Thuế, which has no address, among them. The leaves table shows 25 at a
 * time.
 */
class ConsolidationPageIT extends BrowserTest {
  private static final String CAMPAIGN = "Tự đánh giá năm 2023 (nhắc việc)";
  private static final String ADDRESS = "tp.nhacviec@hatinh.gov.vn";

  @Test
  void theCoordinatorRemindsTheUnitsThatAreBehind() throws IOException, MessagingException {
    String closes = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString();
    long campaign = app.openSampleCampaign(CAMPAIGN, closes);
    app.createAccount("nv.nhac", "Lê Văn Nhắc", "SNV", "COORDINATOR", "NhacViec2023!");
    app.createAccount("tp.nhac", "Hồ Thị Tư Pháp", "STP", "UNIT_OFFICER", "TuPhap2023!", ADDRESS);

    logIn("nv.nhac", "NhacViec2023!");
    changePassword("NhacViec2023!", "NhacViec2024!");
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);
    assertShown("Chưa nhắc đơn vị nào.");
    assertFalse(
        pageText().contains("No records found"), "empty tables speak the page's language too");
    aPageOfLeavesAtATime();
    clickAndWaitForAjax(byId("remindForm:remind"));
    assertTrue(
        pageText().matches("(?s).*Đã nhắc \\d+ đơn vị; \\d+ thư đã gửi đi\\..*"), pageText());
    assertEquals("Đã gửi", outcome("STP"));
    assertEquals("Chưa gửi: đơn vị chưa có địa chỉ e-mail", outcome("CT"));

    List<MimeMessage> mailbox = new ArrayList<>();
    for (MimeMessage m : app.mail().messages()) {
      if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(ADDRESS::equals)) {
        mailbox.add(m);
      }
    }
    assertEquals(1, mailbox.size());
    assertEquals("[Chỉ số CCHC] Nhắc việc: " + CAMPAIGN, mailbox.get(0).getSubject());
  }

  @Test
  void aCampaignOfAHundredUnitsComesAPageAtATime() {
    StringBuilder csv = new StringBuilder("code,name_vi,name_en,kind\n");
    List<String> communes = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      communes.add(String.format("XA_TR_%03d", i));
      csv.append(String.format("XA_TR_%03d,Xã Trăm Đơn Vị %03d,,COMMUNE%n", i, i));
    }
    assertTrue(
        app.sendBytes(
                    "POST",
                    "/api/units",
                    "text/csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8),
                    RunningApp.HELPER_ADMIN,
                    RunningApp.HELPER_PASSWORD)
                .statusCode()
            < 300);
    long campaign = TwoLeafCampaign.open(app, communes);
    app.createAccount("nv.tram", "Hồ Văn Trăm", "SNV", "COORDINATOR", "TramDonVi2023!");
    logIn("nv.tram", "TramDonVi2023!");
    changePassword("TramDonVi2023!", "TramDonVi2024!");
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);

    By rows = By.cssSelector("tbody[id='consolidationForm:leaves_data'] > tr");
    assertEquals(25, driver.findElements(rows).size(), "200 leaves, 25 on a page");
    clickAndWaitForAjax(
        By.cssSelector("#consolidationForm\\:leaves_paginator_top .ui-paginator-last"));
    List<WebElement> last = driver.findElements(rows);
    assertEquals(25, last.size());
    assertEquals("XA_TR_088", last.get(0).findElement(By.tagName("td")).getText().strip());
    assertEquals("XA_TR_100", last.get(24).findElement(By.tagName("td")).getText().strip());
    assertEquals("1.2", last.get(24).findElement(By.className("leaf-code")).getText().strip());

    searchTable("consolidationForm:leaves", "xa_tr_057");
    assertEquals(2, driver.findElements(rows).size(), "one unit's two leaves");
    screenshots("consolidation-100-units");
    theSumsFollowASaveAndARiskFlag(campaign);
  }

  /**
   * The totals and the counts of scored leaves are kept between views (CampaignSums): the page just
   * drawn filled them, so a kept sum that outlived the save or the flag would show here.
   */
  private void theSumsFollowASaveAndARiskFlag(long campaign) {
    assertEquals("0", driver.findElement(By.id("selfTotal")).getText());
    assertEquals("0/2", scoredOf("XA_TR_001"));
    String scores = "/api/campaigns/" + campaign + "/subjects/XA_TR_001/";
    HttpResponse<String> saved =
        app.asAdmin(
            "PUT",
            scores + "scores/1.2",
            "{\"selfScore\":3.5,\"explanation\":\"Báo cáo quý đã gửi đủ\"}");
    assertEquals(200, saved.statusCode(), saved.body());
    long version = Json.createReader(new StringReader(saved.body())).readObject().getInt("version");
    HttpResponse<String> flagged =
        app.asAdmin(
            "PUT",
            scores + "risks/1.2",
            "{\"atRisk\":true,\"cause\":\"Thiếu báo cáo quý IV\",\"remedy\":\"Gửi bổ sung\","
                + "\"version\":"
                + version
                + "}");
    assertEquals(200, flagged.statusCode(), flagged.body());
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);
    assertEquals("3,5", driver.findElement(By.id("selfTotal")).getText(), "the total after a save");
    assertEquals("1/2", scoredOf("XA_TR_001"), "the unit's count after a save");
    assertEquals(
        "0,5",
        driver
            .findElement(By.cssSelector("[id='consolidationForm:leadTotals'] .lead-at-risk"))
            .getText(),
        "4 points of 1.2 flagged at risk, 3.5 of them self-scored");
  }

  private static String scoredOf(String unit) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='consolidationForm:submissions_data']/tr[.//a[text()='"
                    + unit
                    + "']]/td[3]"))
        .getText()
        .strip();
  }

  /** The leaves come 25 at a time, read from the database page by page, and are searched. */
  private static void aPageOfLeavesAtATime() {
    By rows = By.cssSelector("tbody[id='consolidationForm:leaves_data'] > tr");
    assertEquals(25, driver.findElements(rows).size());
    String first =
        driver.findElements(rows).get(0).findElement(By.className("leaf-code")).getText();
    screenshots("consolidation");
    clickAndWaitForAjax(
        By.cssSelector("#consolidationForm\\:leaves_paginator_top .ui-paginator-next"));
    List<WebElement> next = driver.findElements(rows);
    assertTrue(!next.isEmpty() && next.size() <= 25, next.size() + " rows on page 2");
    assertFalse(
        next.get(0).findElement(By.className("leaf-code")).getText().equals(first),
        "page 2 shows other leaves");

    searchTable("consolidationForm:leaves", "1.1");
    List<String> found =
        driver
            .findElements(By.cssSelector("tbody[id='consolidationForm:leaves_data'] .leaf-code"))
            .stream()
            .map(e -> e.getText().strip())
            .toList();
    assertFalse(found.isEmpty(), "a code finds its leaves");
    assertTrue(found.stream().allMatch(c -> c.contains("1.1")), found.toString());
  }

  private static String outcome(String unit) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='remindForm:reminders_data']/tr[td[2]='"
                    + unit
                    + "']//span[contains(@class,'reminder-outcome')]"))
        .getText();
  }

  /**
   * A unit renamed after the campaign's year keeps, on the consolidation page and in the campaign's
   * list of focal pairs, the name it had then, with today's beside it.
   */
  @Test
  void aUnitRenamedSinceKeepsTheNameOfTheCampaignsYear() {
    app.asAdmin(
        "POST",
        "/api/units",
        "{\"code\":\"CS_KHCN\",\"nameVi\":\"Sở Khoa học và Công nghệ (tổng hợp)\","
            + "\"kind\":\"DEPARTMENT\"}");
    long campaign =
        app.openDepartmentCampaign(
            app.unique("SO-TH"), app.unique("Các sở 2023 (tên cũ)"), List.of("CS_KHCN", "STP"));
    assertEquals(
        201,
        app.asAdmin(
                "POST",
                "/api/units/events",
                "{\"kind\":\"RENAME\",\"fromCodes\":[\"CS_KHCN\"],\"toCodes\":[\"CS_KHCN\"],"
                    + "\"effectiveFrom\":\"2025-03-01\",\"names\":{\"CS_KHCN\":"
                    + "{\"nameVi\":\"Sở Khoa học, Công nghệ và Truyền thông (tổng hợp)\"}},"
                    + "\"legalBasis\":{\"number\":\"12/QĐ-UBND\",\"issuedOn\":\"2025-02-20\","
                    + "\"issuer\":\"Ủy ban nhân dân tỉnh\"}}")
            .statusCode());
    String then =
        "Sở Khoa học và Công nghệ (tổng hợp) (nay: Sở Khoa học, Công nghệ và Truyền thông (tổng"
            + " hợp))";
    app.createAccount("nv.tencu", "Lê Văn Tên", "SNV", "COORDINATOR", "TenCu2023!");
    logIn("nv.tencu", "TenCu2023!");
    changePassword("TenCu2023!", "TenCu2024!");
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);
    assertTrue(pageText().contains("CS_KHCN — " + then), pageText());
    open("/app/campaigns/view.xhtml?id=" + campaign);
    assertTrue(pageText().contains(then), pageText());
    String pairs = app.asAdmin("GET", "/api/campaigns/" + campaign + "/focal-pairs", null).body();
    assertEquals(
        then,
        Json.createReader(new StringReader(pairs))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> p.getString("unitCode").equals("CS_KHCN"))
            .findFirst()
            .orElseThrow()
            .getString("unitName"),
        "the API's list of focal pairs names the unit as the page does");
  }
}

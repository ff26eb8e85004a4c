package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The province's year with the Ministry on its page, to the end: Sở Nội vụ's coordinator sends the
 * self-assessment, loads the Ministry's table (7.3.7 cut from 1 to 0,5) and opens the explanation;
 * Văn phòng UBND tỉnh, the lead unit, explains with a new document; the coordinator cannot return
 * it without a note, accepts it, sends the explanation, records the Ministry's final 0,75 and
 * closes.
 */
class MinistryPageIT extends BrowserTest {
  private static final String PASSWORD = "GiaiTrinhBo2025!";

  @Test
  void theProvincialCampaignRunsToClosed() throws IOException {
    long campaign = app.openSampleCampaign(app.unique("Giải trình với Bộ"), "2099-12-31", 2022);
    String page = "/app/campaigns/ministry.xhtml?id=" + campaign;
    app.createApiAccount("gt.snv", "Đinh Thị Điều Phối", "SNV", "COORDINATOR", PASSWORD);
    app.createApiAccount("gt.vp", "Đinh Văn Chủ Trì", "VPUBND", "UNIT_OFFICER", PASSWORD);
    HttpResponse<String> scored =
        app.send(
            "PUT",
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.7",
            "{\"selfScore\":1}",
            "gt.vp",
            PASSWORD);
    assertEquals(200, scored.statusCode(), scored.body());
    Path files = Files.createDirectories(Path.of("target", "it-files"));
    Path table =
        Files.writeString(
            files.resolve("diem-bo-tham-dinh.csv"),
            "node_code,points\n7.3.7,0.5\n",
            StandardCharsets.UTF_8);
    Path decision =
        Files.writeString(
            files.resolve("quyet-dinh-15.pdf"),
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
            StandardCharsets.UTF_8);

    logIn("gt.snv", PASSWORD);
    open(page);
    clickConfirmAndWaitForPage("stepsForm:sendForAppraisal", "điểm tự chấm của tỉnh bị khóa");
    assertShown("Đã gửi Bộ Nội vụ thẩm định");
    assertEquals("Đang thẩm định", text("status"));
    find("tableForm:table").sendKeys(table.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("tableForm:loadTable");
    assertShown("Đã nạp điểm thẩm định của Bộ Nội vụ cho 1 tiêu chí.");
    clickAndWaitForPage("stepsForm:openExplanation");
    assertShown("Đã mở giải trình");
    logOut();

    logIn("gt.vp", PASSWORD);
    // The home page sends the lead unit to the leaf it must explain.
    assertShown("Cần giải trình: 1 tiêu chí");
    driver.get(driver.findElement(By.cssSelector("li.figure-explanations a")).getAttribute("href"));
    waitForPage();
    assertEquals("0,5", cell("cut-points"));
    clickAndWaitForAjax(byId("cutsForm:cuts:0:select"));
    type("explanationForm:text", "Đã ban hành Quyết định 15/QĐ-UBND ngày 10/3/2022");
    find("explanationForm:explanationFile")
        .sendKeys(decision.toAbsolutePath().normalize().toString());
    clickAndWaitForAjax(byId("explanationForm:saveExplanation"));
    assertShown("Đã lưu giải trình tiêu chí 7.3.7.");
    assertTrue(cell("cut-review").contains("Chờ Sở Nội vụ xem xét"), cell("cut-review"));
    assertEquals(1, driver.findElements(By.cssSelector("a.cut-document")).size());
    screenshots("ministry-lead-unit");
    logOut();

    logIn("gt.snv", PASSWORD);
    open(page);
    clickAndWaitForAjax(byId("cutsForm:cuts:0:select"));
    // The pointer leaves the row's button, as a person's does on the way to the note.
    find("reviewForm:note").click();
    screenshots("ministry-review");
    clickAndWaitForAjax(byId("reviewForm:return"));
    assertShown("Trả lại giải trình thì phải ghi rõ cần sửa gì.");
    clickAndWaitForAjax(byId("reviewForm:accept"));
    assertShown("Đã chấp nhận giải trình tiêu chí 7.3.7.");
    clickConfirmAndWaitForPage("stepsForm:sendExplanation", "giải trình bị trả lại không được gửi");
    assertShown("Đã gửi giải trình cho Bộ Nội vụ");
    assertEquals("Đã gửi giải trình, chờ điểm cuối cùng của Bộ Nội vụ", text("status"));
    clickAndWaitForAjax(byId("cutsForm:cuts:0:select"));
    typeNumber("finalForm:points", "0,75");
    clickAndWaitForAjax(byId("finalForm:saveFinal"));
    assertShown("Đã ghi điểm cuối cùng tiêu chí 7.3.7.");
    assertEquals("0,75", cell("cut-final"));
    clickConfirmAndWaitForPage("stepsForm:close", "không sửa được nữa");
    assertShown("Đã kết thúc đợt");
    assertEquals("Đã kết thúc", text("status"));
    assertTrue(driver.findElements(By.id("stepsForm:close")).isEmpty());
    screenshots("ministry-closed");
    HttpResponse<String> stored = app.asAdmin("GET", "/api/campaigns/" + campaign, null);
    assertTrue(stored.body().contains("\"status\":\"CLOSED\""), stored.body());
  }

  /** The text of the first row's cell of that class. */
  private static String cell(String styleClass) {
    return driver
        .findElement(By.cssSelector("#cutsForm\\:cuts_data tr:first-child ." + styleClass))
        .getText()
        .strip();
  }
}

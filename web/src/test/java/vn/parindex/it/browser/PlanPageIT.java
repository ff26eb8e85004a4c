package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.it.support.MultipartBody;
import vn.parindex.it.support.RunningApp;

/**
 * {@code app/plan.xhtml}: the lead department reports progress on a task of plan 520 with a
 * document it has in the evidence store, sees the task done on time, the document among the
 * report's, and the task as a suggestion on the criterion it serves in the workspace; Sở Nội vụ
 * follows the year's tasks by lead unit.
 */
class PlanPageIT extends BrowserTest {
  private static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
              + "% Kế hoạch 520/KH-UBND\ntrailer << /Root 1 0 R >>\n%%EOF\n")
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void theLeadDepartmentReportsProgressWithEvidenceAndSeesItOnTheCriterion() throws Exception {
    String name = app.unique("Chỉ số CCHC 2023 (kế hoạch)");
    long campaign = app.openSampleCampaign(name, "2099-12-31");
    app.createApiAccount(
        "khp.vp.api", "Ngô Văn Tài Liệu", "VPUBND", "UNIT_OFFICER", "TaiLieu2023!");
    MultipartBody upload =
        MultipartBody.of(Map.of(), "Kế hoạch 520 đã ban hành.pdf", "application/pdf", PDF);
    HttpResponse<byte[]> uploaded =
        app.sendBytes(
            "POST",
            "/api/campaigns/" + campaign + "/subjects/UBND/scores/7.3.3/evidence",
            upload.contentType(),
            upload.bytes(),
            "khp.vp.api",
            "TaiLieu2023!");
    assertEquals(201, uploaded.statusCode(), new String(uploaded.body(), StandardCharsets.UTF_8));
    String number = app.unique("520/KH-UBND");
    HttpResponse<String> plan =
        app.asAdmin(
            "POST",
            "/api/plans",
            "{\"kind\":\"PROVINCE_ANNUAL\",\"ownerCode\":\"SNV\",\"number\":\""
                + number
                + "\",\"year\":2023,\"title\":\"Kế hoạch cải cách hành chính năm 2023\"}");
    assertEquals(201, plan.statusCode(), plan.body());
    long planId = RunningApp.idOf(plan.body());
    String table =
        "no,content,lead_unit,deadline,partner_units,indicator,target,criteria\n"
            + "1,Công khai kết quả thực hiện kế hoạch,VPUBND,31/12/2023,,Báo cáo,1,7.3\n"
            + "2,Rà soát thủ tục hành chính,STP,30/06/2023,,,,3.1\n";
    assertEquals(
        201,
        app.sendBytes(
                "POST",
                "/api/plans/" + planId + "/tasks",
                "text/csv",
                table.getBytes(StandardCharsets.UTF_8),
                RunningApp.HELPER_ADMIN,
                RunningApp.HELPER_PASSWORD)
            .statusCode());

    app.createAccount("khp.vp", "Phan Thị Kế Hoạch", "VPUBND", "UNIT_OFFICER", "KeHoach2023!");
    logIn("khp.vp", "KeHoach2023!");
    changePassword("KeHoach2023!", "KeHoach2024!");
    clickAndWaitForPage("menuForm:navPlans");
    chooseFromMenu("yearForm:year", "2023");
    waitForAjax();
    assertTrue(text("ownTasks").contains("Công khai kết quả thực hiện kế hoạch"), text("ownTasks"));
    screenshots("plans");
    driver.findElement(By.linkText(number)).click();
    waitForPage();
    assertTrue(text("tally").contains("Tổng số 2 nhiệm vụ"), text("tally"));
    assertTrue(
        driver.findElements(byId("importForm")).isEmpty(),
        "the province's plan is not the unit's to write");

    clickAndWaitForAjax(byId("tasksForm:tasks:0:progress"));
    wait.until(d -> find("progressDialog").isDisplayed());
    chooseFromMenu("progressForm:status", "Đã hoàn thành");
    typeDate("progressForm:doneOn", "15/12/2023");
    type("progressForm:note", "Đã đăng tải kết quả trên Cổng thông tin điện tử tỉnh");
    driver.findElement(By.xpath("//label[contains(., 'Kế hoạch 520 đã ban hành.pdf')]")).click();
    clickAndWaitForAjax(byId("progressForm:saveProgress"));
    assertShown("Đã lưu báo cáo tiến độ nhiệm vụ 1.");
    assertTrue(text("progressForm:reports").contains("Quý IV/2023"), text("progressForm:reports"));
    assertTrue(
        text("progressForm:reports").contains("Kế hoạch 520 đã ban hành.pdf"),
        text("progressForm:reports"));
    screenshots("plan-progress");
    driver.findElement(By.cssSelector("#progressDialog .ui-dialog-titlebar-close")).click();
    wait.until(d -> !find("progressDialog").isDisplayed());
    String row = text("tasksForm:tasks");
    assertTrue(row.contains("Hoàn thành đúng hạn"), row);
    assertTrue(row.contains("Quá hạn"), "task 2 of Sở Tư pháp: " + row);
    screenshots("plan");

    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");
    openLeaf("7.3.3");
    String suggestion = text("planSuggestion");
    assertTrue(suggestion.contains("có 1 nhiệm vụ kế hoạch liên quan"), suggestion);
    assertTrue(suggestion.contains("hoàn thành đúng hạn 1"), suggestion);
    assertTrue(suggestion.contains("Công khai kết quả thực hiện kế hoạch"), suggestion);
    screenshots("plan-suggestion");
    closeDialog();

    logOut();
    app.createAccount("khp.snv", "Đinh Văn Theo Dõi", "SNV", "COORDINATOR", "TheoDoi2023!");
    logIn("khp.snv", "TheoDoi2023!");
    changePassword("TheoDoi2023!", "TheoDoi2024!");
    clickAndWaitForPage("menuForm:navPlans");
    chooseFromMenu("yearForm:year", "2023");
    waitForAjax();
    String units = text("units");
    assertTrue(units.contains("VPUBND — ") && units.contains("STP — "), units);
    screenshots("plans-coordinator");
  }
}

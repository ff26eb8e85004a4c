package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.parindex.it.support.AppraisedCampaign;

/**
 * {@code app/timeliness.xhtml}: Sở Nội vụ sees that Sở Tư pháp let a campaign of 2023 close without
 * its work, opens its lapses, downloads the report to the People's Committee, and counts the lapse
 * in an internal campaign of 2023 being appraised; Sở Tư pháp's officer sees its own record only.
 */
class TimelinessPageIT extends BrowserTest {
  @Test
  void theCoordinatorFollowsReportsAndCountsTheLapses() throws IOException {
    String closed = app.unique("Tự đánh giá 2023 (trang đúng hạn)");
    app.openSampleCampaign(closed, "2023-12-10");
    String internalName = app.unique("Các sở 2023 (trang đúng hạn)");
    long internal = app.openDepartmentCampaign(app.unique("SO-DHP"), internalName);
    AppraisedCampaign.startAppraisal(app, internal);
    app.createAccount("dhp.snv", "Phan Thị Theo Dõi", "SNV", "COORDINATOR", "TheoDoi2023!");
    logIn("dhp.snv", "TheoDoi2023!");
    changePassword("TheoDoi2023!", "TheoDoi2024!");
    open("/app/timeliness.xhtml");
    chooseFromMenu("yearForm:year", "2023");
    waitForAjax();

    clickAndWaitForAjax(By.xpath("//a[text()='STP — Sở Tư pháp']"));
    assertEquals("STP — Sở Tư pháp", text("unitTitle"));
    String lapses = text("lapses");
    assertTrue(lapses.contains(closed) && lapses.contains("Gửi kết quả muộn"), lapses);
    assertTrue(lapses.contains("10/12/2023") && lapses.contains("(chưa thực hiện)"), lapses);

    String report = downloadReport("tableForm\\:reportLinks");
    assertTrue(report.contains("BÁO CÁO TÌNH HÌNH THỰC HIỆN ĐÚNG HẠN"), report);
    assertTrue(report.contains("STP — Sở Tư pháp"), report);
    assertTrue(docxText("tableForm\\:reportLinks").contains("STP — Sở Tư pháp"));

    chooseFromMenu("countForm:campaign", internalName);
    waitForAjax();
    typeNumber("countForm:kinds:1:points", "0,5");
    typeNumber("countForm:cap", "2");
    clickAndWaitForAjax(byId("countForm:save"));
    assertShown("Đã lưu cách tính điểm trừ.");
    String deductions = text("countForm:deductions");
    assertTrue(deductions.contains("Gửi kết quả muộn: "), deductions);
    assertTrue(deductions.contains("(chưa áp dụng mức mới)"), deductions);
    clickAndWaitForAjax(byId("countForm:apply"));
    assertShown("Đã áp dụng điểm trừ cho 2 đơn vị.");
    assertFalse(text("countForm:deductions").contains("(chưa áp dụng mức mới)"));
    screenshots("timeliness");

    BigDecimal deducted = deducted(internal);
    assertTrue(deducted.signum() > 0 && deducted.compareTo(new BigDecimal(2)) <= 0, "" + deducted);
    JsonObject stp =
        stpOf(app.asAdmin("GET", "/api/campaigns/" + internal + "/results", null).body());
    assertEquals(
        0,
        BigDecimal.TEN.subtract(deducted).compareTo(stp.getJsonNumber("total").bigDecimalValue()));
  }

  @Test
  void aUnitsOfficerSeesItsOwnRecordOnly() throws IOException {
    app.openSampleCampaign(app.unique("Tự đánh giá 2023 (của đơn vị)"), "2023-12-10");
    app.createAccount("dhp.stp", "Lưu Văn Tư Pháp", "STP", "UNIT_OFFICER", "TuPhap2023!");
    logIn("dhp.stp", "TuPhap2023!");
    changePassword("TuPhap2023!", "TuPhap2024!");
    open("/app/timeliness.xhtml");
    chooseFromMenu("yearForm:year", "2023");
    waitForAjax();
    assertEquals("STP — Sở Tư pháp", text("unitTitle"));
    assertTrue(text("lapses").contains("Gửi kết quả muộn"));
    assertTrue(driver.findElements(byId("tableForm")).isEmpty(), "no other unit's figures");
    assertTrue(driver.findElements(byId("countForm")).isEmpty());
    screenshots("timeliness-unit");
  }

  private static BigDecimal deducted(long campaign) {
    String body =
        app.asAdmin("GET", "/api/campaigns/" + campaign + "/timeliness/deductions", null).body();
    return stpOf(body).getJsonNumber("applied").bigDecimalValue();
  }

  private static JsonObject stpOf(String array) {
    return Json.createReader(new StringReader(array))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("unitCode").equals("STP"))
        .findFirst()
        .orElseThrow();
  }
}

package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * {@code app/budgets.xhtml}: Sở Nội vụ creates the year's estimate, types two lines (the amounts
 * shown as worked out), records the approved amount and what was spent, and downloads the estimate
 * with the right total; a viewer reads it without the forms; a unit's officer is refused.
 */
class BudgetPageIT extends BrowserTest {
  @Test
  void theCoordinatorEstimatesTheYearAndDownloadsTheEstimate() {
    app.createAccount("dtp.snv", "Tạ Thị Kinh Phí", "SNV", "COORDINATOR", "KinhPhi2026!");
    logIn("dtp.snv", "KinhPhi2026!");
    changePassword("KinhPhi2026!", "KinhPhi2027!");
    clickAndWaitForPage("menuForm:navBudgets");

    String title = app.unique("Dự toán kinh phí Chỉ số CCHC năm 2026");
    typeNumber("createForm:newYear", "2026");
    type("createForm:newTitle", title);
    clickAndWaitForAjax(byId("createForm:create"));
    assertEquals(title, text("estimateTitle"));

    clickAndWaitForAjax(byId("editForm:addLine"));
    type("editForm:lines:0:content", "Phát, thu phiếu khảo sát lãnh đạo, quản lý");
    type("editForm:lines:0:measure", "phiếu");
    typeNumber("editForm:lines:0:quantity", "120");
    typeNumber("editForm:lines:0:unitCost", "50000");
    typeNumber("editForm:lines:0:spent", "6000000");
    clickAndWaitForAjax(byId("editForm:addLine"));
    chooseFromMenu("editForm:lines:1:group", "Hội nghị, tập huấn, hướng dẫn");
    type("editForm:lines:1:content", "Hội nghị triển khai");
    typeNumber("editForm:lines:1:quantity", "1,5");
    typeNumber("editForm:lines:1:unitCost", "4333333");
    type("editForm:lines:1:legalBasis", "Thông tư 40/2017/TT-BTC");
    typeNumber("editForm:approvedAmount", "12000000");
    clickAndWaitForAjax(byId("editForm:save"));
    assertShown("Đã lưu dự toán.");
    assertEquals("6.500.000", text("editForm:lines:1:amount"), "1,5 × 4.333.333, to the đồng");
    String totals = text("editForm:totals");
    assertTrue(totals.contains("Tổng dự toán: 12.500.000 đồng"), totals);
    assertTrue(totals.contains("Mười hai triệu năm trăm nghìn đồng"), totals);
    assertTrue(totals.contains("Còn lại: 6.000.000 đồng"), totals);
    assertTrue(text("listForm:estimates").contains(title));

    String pdf = downloadReport("editForm\\:downloads");
    assertTrue(pdf.contains("Tổng dự toán: 12.500.000 đồng"), pdf);
    assertTrue(pdf.contains("Hội nghị triển khai"), pdf);
    screenshots("budget");

    logOut();
    app.createAccount("dtp.viewer", "Lê Văn Xem", "SNV", "VIEWER", "XemDuToan2026!");
    logIn("dtp.viewer", "XemDuToan2026!");
    changePassword("XemDuToan2026!", "XemDuToan2027!");
    clickAndWaitForPage("menuForm:navBudgets");
    clickAndWaitForAjax(By.xpath("//a[text()='" + title + "']"));
    assertTrue(driver.findElements(byId("createForm")).isEmpty(), "nothing to create");
    assertTrue(driver.findElements(byId("editForm:save")).isEmpty(), "nothing to save");
    assertTrue(text("editForm:totals").contains("12.500.000"));
    screenshots("budget-viewer");
  }

  @Test
  void aUnitsOfficerIsRefused() {
    app.createAccount("dtp.stp", "Vũ Văn Tư Pháp", "STP", "UNIT_OFFICER", "TuPhap2026!");
    logIn("dtp.stp", "TuPhap2026!");
    changePassword("TuPhap2026!", "TuPhap2027!");
    assertTrue(driver.findElements(byId("menuForm:navBudgets")).isEmpty(), "not in the menu");
    open("/app/budgets.xhtml");
    assertTrue(pageText().contains("Không có quyền truy cập"), pageText());
  }
}

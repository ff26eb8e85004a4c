package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coordinator keeps the unit list: loads the new communes from a CSV (a wrong row is shown
 * first and nothing saved), finds them by a name typed without tone marks, adds one by hand under
 * its district, renames it, and retires a commune merged away; the retired one is still listed on
 * request. A list longer than a page comes 25 rows at a time and sorts by its headers.
 */
class UnitsPageIT extends BrowserTest {

  @Test
  void theCoordinatorLoadsAddsEditsAndRetiresUnits() throws IOException {
    app.createAccount("snv.donvi", "Phan Văn Tổ Chức", "SNV", "COORDINATOR", "ToChucBoMay2025");
    logIn("snv.donvi", "ToChucBoMay2025");
    changePassword("ToChucBoMay2025", "ToChucBoMay2026");
    clickAndWaitForPage("menuForm:navUnits");

    Path files = Files.createDirectories(Path.of("target", "it-files"));
    Path wrong = files.resolve("xa-sai.csv");
    Files.writeString(
        wrong,
        "code,name_vi,name_en,kind,parent_code\n"
            + "XA_UI_TT,Thị trấn Vũ Quang,,COMMUNE,HVQ\n"
            + "XA_UI_HL,Xã Hương Liên,,COMMUNE,KHONG_CO\n",
        StandardCharsets.UTF_8);
    upload(wrong);
    assertShown("Không có đơn vị cấp trên mã \"KHONG_CO\".");
    assertEquals("3", cell("unitProblems", 1, 2));
    assertTrue(rowOf("XA_UI_TT").isEmpty(), "nothing saved from a wrong file");

    Path right = files.resolve("xa-dung.csv");
    Files.writeString(
        right,
        "code,name_vi,name_en,kind,parent_code\n"
            + "XA_UI_TT,Thị trấn Vũ Quang,,COMMUNE,HVQ\n"
            + "XA_UI_HL,Xã Hương Liên,,COMMUNE,HHK\n",
        StandardCharsets.UTF_8);
    upload(right);
    assertShown("Đã nhập danh sách: 2 đơn vị mới, 0 đơn vị được cập nhật.");
    searchTable("unitsForm:units", "huong lien");
    assertEquals(1, rows().size(), "typed without tone marks, the name is found");
    assertEquals("Xã Hương Liên", rowCell("XA_UI_HL", 2));
    searchTable("unitsForm:units", "XA_UI");
    assertEquals("HVQ", rowCell("XA_UI_TT", 4));

    clickAndWaitForAjax(byId("unitsForm:add"));
    type("unitForm:code", "XA_UI_DP");
    type("unitForm:nameVi", "Xã Đức Lĩnh");
    chooseFromMenu("unitForm:kind", "Cấp xã");
    chooseFromMenu("unitForm:parentCode", "HVQ — Huyện Vũ Quang");
    clickAndWaitForAjax(byId("unitForm:save"));
    assertShown("Đã lưu đơn vị XA_UI_DP.");
    screenshots("units");
    assertEquals("Xã Đức Lĩnh", rowCell("XA_UI_DP", 2));
    assertEquals("Cấp xã", rowCell("XA_UI_DP", 3));

    clickAndWaitForAjax(By.xpath(row("XA_UI_DP") + "//button[contains(@id,':edit')]"));
    type("unitForm:nameVi", "Xã Đức Lĩnh (sau sắp xếp)");
    clickAndWaitForAjax(byId("unitForm:save"));
    assertEquals("Xã Đức Lĩnh (sau sắp xếp)", rowCell("XA_UI_DP", 2));

    clickAndWaitForAjax(By.xpath(row("XA_UI_HL") + "//button[contains(@id,':retire')]"));
    clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
    assertShown("Đơn vị XA_UI_HL đã ngừng hoạt động; dữ liệu các đợt đã qua được giữ nguyên.");
    assertTrue(rowOf("XA_UI_HL").isEmpty(), "a retired unit leaves the working list");

    clickAndWaitForAjax(By.cssSelector("[id='unitsForm:showRetired'] .ui-chkbox-box"));
    assertEquals("Không", rowCell("XA_UI_HL", 5));

    theProvinceSaysHowItSigns();
  }

  /**
   * Only the province's dialog asks how it signs its reports; a suffix that is not one is refused
   * with its reason, and what was entered is there when the dialog opens again.
   */
  private void theProvinceSaysHowItSigns() {
    searchTable("unitsForm:units", "XA_UI_DP");
    clickAndWaitForAjax(By.xpath(row("XA_UI_DP") + "//button[contains(@id,':edit')]"));
    assertTrue(
        driver.findElements(byId("unitForm:placeName")).isEmpty(), "a commune issues no reports");
    driver.findElement(By.cssSelector("#unitDialog .ui-dialog-titlebar-close")).click();

    searchTable("unitsForm:units", "UBND");
    clickAndWaitForAjax(By.xpath(row("UBND") + "//button[contains(@id,':edit')]"));
    assertShown("Cơ quan ban hành văn bản");
    type("unitForm:placeName", "Hà Tĩnh");
    type("unitForm:reportSuffix", "bc/ubnd");
    clickAndWaitForAjax(byId("unitForm:save"));
    assertShown("Ký hiệu \"bc/ubnd\" không đúng dạng");
    screenshots("units-issuer");
    type("unitForm:reportSuffix", "BC-UBND");
    clickAndWaitForAjax(byId("unitForm:save"));
    assertShown("Đã lưu đơn vị UBND.");

    clickAndWaitForAjax(By.xpath(row("UBND") + "//button[contains(@id,':edit')]"));
    assertEquals("Hà Tĩnh", driver.findElement(byId("unitForm:placeName")).getAttribute("value"));
    assertEquals(
        "BC-UBND", driver.findElement(byId("unitForm:reportSuffix")).getAttribute("value"));
  }

  /**
   * Sở Nội vụ records from the decision that two departments merged into a new one: a decision
   * dated in the future is refused with its reason and nothing recorded; then the merged ones leave
   * the working list, the new one is in it, the accounts moved, and each unit's history says what
   * happened, by which decision.
   */
  @Test
  void aMergeIsRecordedFromItsDecision() {
    for (String code : new String[] {"UE_TTTT", "UE_KHCN"}) {
      app.asAdmin(
          "POST",
          "/api/units",
          "{\"code\":\""
              + code
              + "\",\"nameVi\":\"Sở "
              + code
              + " (thử)\",\"kind\":\"DEPARTMENT\",\"parentCode\":\"UBND\"}");
    }
    app.createAccount("ue.tttt", "Ngô Văn Thông Tin", "UE_TTTT", "UNIT_OFFICER", "ThongTin2025!");
    app.createAccount("snv.sapnhap", "Trần Thị Sắp Xếp", "SNV", "COORDINATOR", "SapXep2025!");
    logIn("snv.sapnhap", "SapXep2025!");
    changePassword("SapXep2025!", "SapXep2026!");
    clickAndWaitForPage("menuForm:navUnits");

    clickAndWaitForAjax(byId("unitsForm:recordChange"));
    chooseFromMenu("eventForm:kind", "Sáp nhập, hợp nhất");
    chooseMany("eventForm:fromCodes", "UE_TTTT", "UE_KHCN");
    type("eventForm:newNames:0:newCode", "UE_KHCNMOI");
    type("eventForm:newNames:0:newName", "Sở Khoa học và Công nghệ (thử)");
    typeDate("eventForm:effectiveFrom", "01/03/2099");
    type("eventForm:number", "45/NQ-HĐND");
    typeDate("eventForm:issuedOn", "18/02/2025");
    type("eventForm:issuer", "Hội đồng nhân dân tỉnh");
    clickAndWaitForAjax(byId("eventForm:saveChange"));
    assertShown("Ngày có hiệu lực không được sau hôm nay");
    screenshots("units-merge");
    typeDate("eventForm:effectiveFrom", "99/99/2025");
    clickAndWaitForAjax(byId("eventForm:saveChange"));
    assertShown("\"99/99/2025\" không phải ngày hợp lệ; nhập ngày/tháng/năm");
    typeDate("eventForm:effectiveFrom", "01/03/2025");
    clickAndWaitForAjax(byId("eventForm:saveChange"));
    assertShown("Đã ghi nhận thay đổi theo quyết định số 45/NQ-HĐND.");
    assertShown("Các tài khoản ue.tttt đã được chuyển sang đơn vị UE_KHCNMOI.");

    searchTable("unitsForm:units", "UE_");
    assertEquals(1, rows().size(), "the merged units leave the working list: " + rows());
    assertEquals("Sở Khoa học và Công nghệ (thử)", rowCell("UE_KHCNMOI", 2));
    assertEquals("UBND", rowCell("UE_KHCNMOI", 4), "under the parent of the merged ones");

    clickAndWaitForAjax(By.xpath(row("UE_KHCNMOI") + "//button[contains(@id,':history')]"));
    String history = find("historyDialog").getText();
    assertTrue(history.contains("Đơn vị tiền thân: UE_KHCN, UE_TTTT"), history);
    assertTrue(history.contains("UE_KHCN, UE_TTTT → UE_KHCNMOI"), history);
    assertTrue(history.contains("01/03/2025"), history);
    assertTrue(history.contains("45/NQ-HĐND, Hội đồng nhân dân tỉnh"), history);
    screenshots("units-history");

    // Recorded by mistake: withdrawn from the same dialog, with a reason, and all is as before.
    clickConfirmAndWaitForAjax("withdrawForm:withdraw", "Hủy bỏ thay đổi Sáp nhập, hợp nhất");
    assertShown("Vui lòng nhập trường này.");
    type("withdrawForm:reason", "Nhầm đơn vị: Sở Khoa học và Công nghệ không sáp nhập");
    clickConfirmAndWaitForAjax("withdrawForm:withdraw", "có hiệu lực ngày 01/03/2025");
    assertShown("Đã hủy bỏ thay đổi; tên và đơn vị đã được trả lại như trước.");
    assertShown("Các tài khoản ue.tttt đã được chuyển về đơn vị cũ.");
    String withdrawn = find("historyDialog").getText();
    assertTrue(withdrawn.contains("Lịch sử UE_KHCN"), withdrawn);
    assertTrue(withdrawn.contains("Đã hủy bỏ"), withdrawn);
    assertTrue(withdrawn.contains("Hủy bỏ bởi snv.sapnhap: Nhầm đơn vị"), withdrawn);
    screenshots("units-withdrawn");
    driver.findElement(By.cssSelector("#historyDialog .ui-dialog-titlebar-close")).click();
    searchTable("unitsForm:units", "UE_");
    assertEquals(2, rows().size(), "both units are back, the new one gone: " + rows());
  }

  @Test
  void aLongListPagesAndSortsInTheDatabase() throws IOException {
    app.createAccount("snv.dspage", "Lê Thị Phân Trang", "SNV", "COORDINATOR", "PhanTrang2025");
    logIn("snv.dspage", "PhanTrang2025");
    changePassword("PhanTrang2025", "PhanTrang2026");
    clickAndWaitForPage("menuForm:navUnits");
    StringBuilder csv = new StringBuilder("code,name_vi,name_en,kind,parent_code\n");
    for (int i = 1; i <= 60; i++) {
      csv.append(String.format("XA_PG_%02d,Xã Phú Gia %02d,,COMMUNE,HHK%n", i, i));
    }
    Path file = Files.createDirectories(Path.of("target", "it-files")).resolve("xa-60.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    upload(file);

    searchTable("unitsForm:units", "phú gia");
    assertEquals(25, rows().size(), "a page of 25");
    assertEquals("XA_PG_01", rowCell(1, 1));
    clickAndWaitForAjax(By.cssSelector("#unitsForm\\:units_paginator_top .ui-paginator-last"));
    // The lazy table's rows can land just after the AJAX queue empties: waited for, not sampled.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .withMessage("the last page holds what is left of 60")
        .until(d -> rows().size() == 10);
    assertEquals("XA_PG_60", rowCell(10, 1));

    clickAndWaitForAjax(By.xpath("//th[.//span[text()='Mã']]"));
    clickAndWaitForAjax(By.xpath("//th[.//span[text()='Mã']]"));
    assertEquals("XA_PG_60", rowCell(1, 1), "sorted by code, descending, from the first page");
    screenshots("units-paged");
  }

  private static String rowCell(int row, int column) {
    return driver
        .findElement(
            By.xpath("//tbody[@id='unitsForm:units_data']/tr[" + row + "]/td[" + column + "]"))
        .getText()
        .strip();
  }

  private static void upload(Path csv) {
    driver
        .findElement(byId("importForm:file"))
        .sendKeys(csv.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("importForm:upload");
  }

  private static String row(String code) {
    return "//tbody[@id='unitsForm:units_data']/tr[td[1]='" + code + "']";
  }

  private static List<WebElement> rows() {
    return driver.findElements(
        By.xpath(
            "//tbody[@id='unitsForm:units_data']/tr[not(contains(@class,'ui-datatable-empty-message'))]"));
  }

  private static List<WebElement> rowOf(String code) {
    return driver.findElements(By.xpath(row(code)));
  }

  private static String rowCell(String code, int column) {
    return driver.findElement(By.xpath(row(code) + "/td[" + column + "]")).getText().strip();
  }

  private static String cell(String table, int row, int column) {
    return driver
        .findElement(
            By.xpath(
                "//div[contains(@id,'" + table + "')]//tbody/tr[" + row + "]/td[" + column + "]"))
        .getText()
        .strip();
  }
}

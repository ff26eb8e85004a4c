package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The workspace's offline sheet, as Văn phòng UBND tỉnh's officer uses it: the workbook downloaded
 * from the page's link, 3.1 (3,5 points) and 3.3 (80%) filled in it, uploaded: the page lists what
 * would change and saves nothing until confirmed; then the leaves carry the points. A workbook
 * whose heading was changed is refused at its cell, one over 1 MB before it is read.
 */
class WorkspaceSheetPageIT extends BrowserTest {
  private static final String PASSWORD = "BangTinh2025!";

  @Test
  void aFilledSheetIsComparedThenSavedOnConfirmation() throws IOException {
    long campaign = app.openSampleCampaign(app.unique("Chấm ngoại tuyến"), "2099-12-31");
    app.createApiAccount("vp.bangtinh", "Phan Thị Bảng Tính", "VPUBND", "UNIT_OFFICER", PASSWORD);
    HttpResponse<byte[]> download =
        app.sendBytes(
            "GET",
            "/api/campaigns/" + campaign + "/units/VPUBND/sheet",
            null,
            null,
            "vp.bangtinh",
            PASSWORD);
    assertEquals(200, download.statusCode());
    Path filled = sheet(download.body(), "bang-tinh.xlsx", false);
    Path broken = sheet(download.body(), "bang-tinh-sai.xlsx", true);

    logIn("vp.bangtinh", PASSWORD);
    // Field 3, where both leaves are.
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND&field=3");
    assertTrue(
        find("sheetForm:sheetDownload")
            .getAttribute("href")
            .endsWith("/api/campaigns/" + campaign + "/units/VPUBND/sheet"));
    driver.findElement(By.cssSelector("#sheetForm\\:sheetBox .ui-fieldset-legend")).click();
    find("sheetForm:sheetFile").sendKeys(broken.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("sheetForm:sheetPreview");
    assertShown("Bảng tính có 1 lỗi");
    assertTrue(
        text("sheetForm:sheetProblems").contains("Tiêu đề cột đã bị sửa hoặc cột bị dời"),
        text("sheetForm:sheetProblems"));
    assertTrue(driver.findElements(By.id("sheetForm:sheetConfirm")).isEmpty(), "nothing to save");

    Path huge = Files.write(broken.resolveSibling("qua-lon.xlsx"), new byte[1024 * 1024 + 1]);
    find("sheetForm:sheetFile").sendKeys(huge.toAbsolutePath().normalize().toString());
    clickAndWaitForPage("sheetForm:sheetPreview");
    assertShown("Tệp vượt quá dung lượng cho phép (1 MB).");

    find("sheetForm:sheetFile").sendKeys(filled.toAbsolutePath().normalize().toString());
    type("sheetForm:sheetReason", "Số liệu phòng Tổng hợp gửi");
    clickAndWaitForPage("sheetForm:sheetPreview");
    assertShown("Bảng tính thay đổi 2 tiêu chí.");
    String changes = text("sheetForm:sheetChanges");
    assertTrue(changes.contains("Giải trình từ Excel cho 3.1"), changes);
    assertEquals("", selfScore("3.1"), "compared, not saved");
    screenshots("workspace-sheet-preview");

    clickAndWaitForPage("sheetForm:sheetConfirm");
    assertShown("Đã lưu 2 tiêu chí từ bảng tính.");
    assertEquals("3,5", selfScore("3.1"));
    assertEquals("4", selfScore("3.3"), "80% of 5 points, by the rule");
    HttpResponse<String> trail =
        app.asAdmin(
            "GET", "/api/campaigns/" + campaign + "/subjects/UBND/scores/3.3/history", null);
    assertTrue(trail.body().contains("Số liệu phòng Tổng hợp gửi"), trail.body());
  }

  /** The downloaded workbook with 3.1 and 3.3 filled, or with a heading changed. */
  private static Path sheet(byte[] downloaded, String name, boolean broken) throws IOException {
    Path file = Files.createDirectories(Path.of("target", "it-files")).resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
        OutputStream out = Files.newOutputStream(file)) {
      Sheet data = workbook.getSheetAt(0);
      if (broken) {
        data.getRow(1).getCell(1).setCellValue("Tên tiêu chí");
      }
      for (Row row : data) {
        String code = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
        if (code.equals("3.1") || code.equals("3.3")) {
          // 3.1 is scored directly (max 4), 3.3 by the percentage reached (max 5).
          if (code.equals("3.1")) {
            row.getCell(5).setCellValue(3.5);
          } else {
            row.getCell(4).setCellValue(80);
          }
          row.getCell(6).setCellValue("Giải trình từ Excel cho " + code);
        }
      }
      workbook.write(out);
    }
    return file;
  }

  private static String selfScore(String code) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='leavesForm:leaves_data']/tr[td//span[@class='leaf-code' and text()='"
                    + code
                    + "']]//span[contains(@class,'self-score')]"))
        .getText()
        .strip();
  }
}

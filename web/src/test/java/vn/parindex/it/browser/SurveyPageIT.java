package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.parindex.it.support.RunningApp;
import vn.parindex.it.support.SurveyLists;

/**
 * {@code app/campaigns/survey.xhtml}: Sở Nội vụ loads the list of leaders who must answer (a wrong
 * row shown, nothing kept), sets the deadline and a quota, enters an answer, sees the unit below
 * quota and past the deadline, and reminds it; Sở Tư pháp's officer sees its own unit's part only.
 */
class SurveyPageIT extends BrowserTest {
  private static final String LIST = SurveyLists.FIVE;

  private static Path file(String name, String content) throws IOException {
    Path path = Files.createDirectories(Path.of("target", "it-files")).resolve(name);
    Files.writeString(path, content);
    return path.toAbsolutePath().normalize();
  }

  @Test
  void theCoordinatorLoadsTheListSetsQuotasAndSeesTheUnitBelowIt() throws IOException {
    String name = app.unique("Khảo sát lãnh đạo 2023 (trang)");
    app.openSampleCampaign(name, "2099-12-31");
    app.createAccount("ksp.snv", "Đặng Thị Khảo Sát", "SNV", "COORDINATOR", "KhaoSat2023!");
    logIn("ksp.snv", "KhaoSat2023!");
    changePassword("KhaoSat2023!", "KhaoSat2024!");
    openCampaignPage(name);
    clickAndWaitForPage("surveyLink");

    find("listForm:listFile")
        .sendKeys(file("khao-sat-sai.csv", LIST + "SXX,Ngô Văn Giang,,\n").toString());
    clickAndWaitForPage("listForm:uploadList");
    assertShown("Không có đơn vị mã \"SXX\".");
    assertTrue(text("peopleForm:people").contains("Chưa có ai trong danh sách khảo sát."));

    find("listForm:listFile").sendKeys(file("khao-sat.csv", LIST).toString());
    clickAndWaitForPage("listForm:uploadList");
    assertShown("Đã thêm 5 người, cập nhật 0 người.");
    assertTrue(text("peopleForm:people").contains("Phạm Thị Dung"));

    typeDate("unitsForm:deadline", "20/12/2023");
    typeNumber("unitsForm:units:0:quota", "1");
    clickAndWaitForAjax(byId("unitsForm:savePlan"));
    assertShown("Đã lưu hạn trả lời và chỉ tiêu.");
    assertEquals("Hạn trả lời: 20/12/2023", text("deadlineShown"));

    typeDate("peopleForm:answerDay", "18/12/2023");
    clickAndWaitForAjax(
        By.xpath("//tr[.//span[text()='Nguyễn Văn An']]//a[text()='Ghi đã trả lời']"));
    assertTrue(text("peopleForm:people").contains("18/12/2023"), "the day typed, not today");
    String units = text("unitsForm:units");
    assertTrue(units.contains("SNV — Sở Nội vụ") && units.contains("Đạt chỉ tiêu"), units);
    assertTrue(!units.contains("Đạt chỉ tiêu muộn"), "answered before the deadline: " + units);
    assertTrue(units.contains("Quá hạn") && units.contains("chưa đạt chỉ tiêu"), units);
    assertTrue(
        text("totals").contains("1 người đã trả lời") && text("totals").contains("1 đơn vị chưa"),
        text("totals"));

    clickConfirmAndWaitForAjax(
        "peopleForm:people:" + personRow("Lê Văn Cường") + ":remove",
        "Xóa người này khỏi danh sách khảo sát của đợt?");
    assertShown("Đã xóa Lê Văn Cường khỏi danh sách.");
    assertTrue(!text("peopleForm:people").contains("Lê Văn Cường"));
    assertTrue(text("totals").contains("4 người được mời"), text("totals"));

    clickAndWaitForPage("listForm:remind");
    assertShown("Đã nhắc 1 đơn vị;");
    screenshots("survey");
  }

  /** The row of the people's table that shows {@code name}. */
  private static int personRow(String name) {
    List<WebElement> rows =
        driver.findElements(By.cssSelector("[id='peopleForm:people_data'] > tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(name)) {
        return i;
      }
    }
    throw new AssertionError(name + " is not listed");
  }

  @Test
  void aUnitsOfficerSeesItsOwnUnitOnly() throws IOException {
    String name = app.unique("Khảo sát lãnh đạo 2023 (đơn vị, trang)");
    long campaign = app.openSampleCampaign(name, "2099-12-31");
    app.sendBytes(
        "POST",
        "/api/campaigns/" + campaign + "/survey-participation",
        "text/csv",
        LIST.getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
    app.createAccount("ksp.stp", "Mai Văn Tư Pháp", "STP", "UNIT_OFFICER", "TuPhap2023!");
    logIn("ksp.stp", "TuPhap2023!");
    changePassword("TuPhap2023!", "TuPhap2024!");
    open("/app/campaigns/survey.xhtml?id=" + campaign);
    String units = text("unitsForm:units");
    assertTrue(units.contains("STP — Sở Tư pháp") && !units.contains("SNV"), units);
    String people = text("peopleForm:people");
    assertTrue(people.contains("Hoàng Văn Em") && !people.contains("Nguyễn Văn An"), people);
    assertTrue(driver.findElements(byId("listForm")).isEmpty(), "no list to load");
    assertTrue(driver.findElements(byId("unitsForm:savePlan")).isEmpty(), "no quota to set");
    assertTrue(driver.findElements(byId("unitsForm:deadline")).isEmpty(), "no deadline to set");
    screenshots("survey-unit");
  }
}

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

/**
 * The coordinator loads a new framework from a file: the check shows the one bad row and saves
 * nothing; the corrected file is imported as a draft with its totals rolled up; a node is edited in
 * place; the framework is published, after which it offers no editing.
 */
class FrameworksPageIT extends BrowserTest {
  private static final String HEADER =
      "code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params,"
          + "scoring_guidance,evidence_guidance\n";
  private static final String GOOD =
      HEADER
          + "1,,1,Công tác chỉ đạo điều hành,,60,MIXED,,,,,\n"
          + "1.1,1,2,Ban hành kế hoạch đúng hạn,,40,SELF,,BINARY,,,\n"
          + "1.2,1,2,Mức độ hoàn thành kế hoạch,,20,SELF,,BANDS,100:1;80:0.5,,\n"
          + "2,,1,Tác động của cải cách hành chính,,40,SELF,,,,,\n"
          + "2.1,2,2,Chỉ số hài lòng về thủ tục,,40,SELF,,PROPORTIONAL,,,\n";

  @Test
  void theCoordinatorImportsCorrectsAndPublishesAFramework() throws IOException {
    theCoordinatorChecksATableWithAWrongCell();
    theWrongCellIsShownAndTheGoodTableSaved();
    theDraftIsCorrectedAndPublished();
  }

  private static void theCoordinatorChecksATableWithAWrongCell() throws IOException {
    app.createAccount(
        "dieuphoi.snv", "Phạm Thị Điều Phối", "SNV", "COORDINATOR", "DieuPhoi2022Snv");
    logIn("dieuphoi.snv", "DieuPhoi2022Snv");
    changePassword("DieuPhoi2022Snv", "DieuPhoi2023Snv");
    clickAndWaitForPage("menuForm:navFrameworks");
    assertShown("MAU-876-2022");
    assertEquals(
        "mẫu",
        driver
            .findElement(By.cssSelector("[id='frameworksForm:frameworks'] .tag-warning"))
            .getText());

    type("importForm:code", "HT-SO-2024");
    type("importForm:name", "Bộ chỉ số CCHC các sở, ban, ngành năm 2024");
    chooseFromMenu("importForm:targetGroup", "Sở, ban, ngành");
    type("importForm:fromYear", "2024");
    type("importForm:toYear", "2025");
    choose(
        file(
            "loi.csv",
            GOOD.replace(
                "1.2,1,2,Mức độ hoàn thành kế hoạch,,20,",
                "1.2,1,2,Mức độ hoàn thành kế hoạch,,2O,")));
    clickAndWaitForPage("importForm:check");
  }

  private static void theWrongCellIsShownAndTheGoodTableSaved() throws IOException {
    assertShown("Tệp có 1 lỗi; chưa có gì được lưu.");
    screenshots("frameworks-findings");
    List<WebElement> cells =
        driver.findElements(By.cssSelector("[id='importForm:findings'] tbody td"));
    assertEquals(
        List.of(
            "Lỗi",
            "4",
            "max_score",
            "1.2",
            "Điểm tối đa \"2O\" không hợp lệ (phải là số dương, tối đa 2 chữ số thập phân)."),
        cells.stream().map(WebElement::getText).toList());
    assertTrue(app.asAdmin("GET", "/api/frameworks", null).body().contains("MAU-876-2022"));
    assertTrue(
        !app.asAdmin("GET", "/api/frameworks", null).body().contains("HT-SO-2024"),
        "nothing saved");

    choose(file("dung.csv", GOOD));
    clickAndWaitForPage("importForm:save");
    assertShown("Đã nhập bộ chỉ số HT-SO-2024 (dự thảo).");
    assertEquals("Dự thảo", text("status"));
    assertEquals("100", text("total"));
    assertEquals("60", rowCell("1", 2));
    assertEquals("60", rowCell("1", 3));
    assertEquals(
        "Theo ngưỡng: Từ 100% trở lên: 20 điểm; từ 80%: 10 điểm; dưới 80%: 0 điểm",
        rowCell("1.2", 5));
  }

  private static void theDraftIsCorrectedAndPublished() {
    clickAndWaitForAjax(By.cssSelector("button[title='1.2']"));
    wait.until(d -> d.findElement(byId("nodeForm:nameVi")).isDisplayed());
    type("nodeForm:nameVi", "Mức độ hoàn thành kế hoạch cải cách hành chính năm");
    type("nodeForm:max", "25");
    clickAndWaitForAjax(byId("nodeForm:saveNode"));
    assertShown("Đã lưu tiêu chí 1.2.");
    assertEquals("65", rowCell("1", 3));
    assertShown("Tổng điểm các tiêu chí thuộc 1 là 65, khác điểm tối đa 60.");

    clickAndWaitForAjax(By.cssSelector("button[title='1.2']"));
    wait.until(d -> d.findElement(byId("nodeForm:max")).isDisplayed());
    type("nodeForm:max", "20");
    clickAndWaitForAjax(byId("nodeForm:saveNode"));
    assertEquals("60", rowCell("1", 3));
    assertShown("Mức độ hoàn thành kế hoạch cải cách hành chính năm");

    clickAndWaitForAjax(byId("actionsForm:publish"));
    clickAndWaitForAjax(By.cssSelector(".ui-confirmdialog-yes"));
    assertShown("Đã công bố bộ chỉ số HT-SO-2024.");
    assertEquals("Đã công bố", text("status"));
    assertShown("Bộ chỉ số đã công bố nên không thể sửa.");
    assertTrue(driver.findElements(By.cssSelector("button[title='1.2']")).isEmpty(), "no editing");
    assertTrue(driver.findElements(byId("actionsForm:publish")).isEmpty());
  }

  /** The text of a column of the tree row whose first cell is {@code code}. */
  private static String rowCell(String code, int column) {
    return driver
        .findElement(
            By.xpath(
                "//*[@id='treeForm:tree']//tr[td[1][normalize-space()='"
                    + code
                    + "']]/td["
                    + (column + 1)
                    + "]"))
        .getText()
        .strip();
  }

  private static void choose(Path file) {
    driver.findElement(byId("importForm:file")).sendKeys(file.toAbsolutePath().toString());
  }

  private static Path file(String name, String content) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "it-files"));
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

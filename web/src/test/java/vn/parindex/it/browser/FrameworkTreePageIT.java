package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * {@code app/frameworks/tree.xhtml}: the sample framework's tree, labelled as unverified seed data
 * at the top and on each criterion not checked against the official text, read-only once published.
 */
class FrameworkTreePageIT extends BrowserTest {
  @Test
  void theSampleTreeSaysItIsNotOfficialData() {
    String coordinator = app.unique("cay.dieuphoi");
    app.createAccount(coordinator, "Trương Văn Cây", "SNV", "COORDINATOR", "CayChiSo2023!");
    logIn(coordinator, "CayChiSo2023!");
    changePassword("CayChiSo2023!", "CayChiSo2024!");
    open("/app/frameworks/tree.xhtml?id=" + app.sampleFrameworkId());

    assertTrue(text("frameworkName").startsWith("MAU-876-2022"), text("frameworkName"));
    assertTrue(
        text("sample").contains("điểm và phần lớn tên tiêu chí không phải số liệu chính thức"),
        text("sample"));
    assertTrue(text("readonly").contains("Bộ chỉ số đã công bố nên không thể sửa"));
    assertTrue(
        driver.findElements(By.cssSelector("[id='treeForm:tree'] .tag-warning")).stream()
            .anyMatch(t -> t.getText().equals("chưa kiểm chứng")),
        "unverified criteria carry their tag");
    assertTrue(text("treeForm:tree").contains("8"), "the eight fields are listed");
    screenshots("framework-tree");
  }
}

package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code app/campaigns/list.xhtml}: the campaigns with their year, kind and status; a coordinator's
 * refused creation (a plain form post) is told beside each field and the page stays, creating
 * nothing.
 */
class CampaignsPageIT extends BrowserTest {
  @Test
  void theListShowsCampaignsAndARefusedCreationIsToldAtItsFields() throws IOException {
    String name = app.unique("Chỉ số CCHC năm 2023 (danh sách)");
    app.openSampleCampaign(name, "2099-12-31");
    String coordinator = app.unique("ds.dieuphoi");
    app.createAccount(coordinator, "Lê Thị Danh Sách", "SNV", "COORDINATOR", "DanhSach2023!");
    logIn(coordinator, "DanhSach2023!");
    changePassword("DanhSach2023!", "DanhSach2024!");
    open("/app/campaigns/list.xhtml");
    assertShown(name);
    assertShown("Đang tự đánh giá");
    int before = app.asAdmin("GET", "/api/campaigns", null).body().split("\"id\"").length;

    type("campaignForm:year", "1999");
    clickAndWaitForPage("campaignForm:create");
    assertEquals("Vui lòng nhập tên đợt đánh giá.", text("campaignForm:nameMessage"));
    assertEquals("Năm đánh giá phải là số năm từ 2000 đến 2100.", text("campaignForm:yearMessage"));
    assertTrue(driver.getCurrentUrl().contains("/app/campaigns/list.xhtml"), "the page stays");
    assertEquals(
        before,
        app.asAdmin("GET", "/api/campaigns", null).body().split("\"id\"").length,
        "nothing was created");
    screenshots("campaigns-refused");
  }
}

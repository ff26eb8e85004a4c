package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Văn phòng UBND tỉnh asks Sở Tư pháp for the survey report behind 8.1 and writes to Sở Nội vụ in
 * the leaf's thread; Sở Tư pháp finds the request on its list, sends the PDF and marks it done; the
 * Văn phòng sees the document on 8.1 and the request done.
 */
class RequestsPageIT extends BrowserTest {
  private static final String CAMPAIGN = "Tự đánh giá năm 2023 (đề nghị tài liệu)";

  @Test
  void aLeadUnitAsksAnotherForEvidenceAndGetsIt() throws IOException {
    long campaign = app.openSampleCampaign(CAMPAIGN, "2099-12-31");
    app.createAccount("vp.yc", "Phạm Thị Yêu Cầu", "VPUBND", "UNIT_OFFICER", "YeuCau2023!");
    app.createAccount("tp.yc", "Võ Văn Tư Pháp", "STP", "UNIT_OFFICER", "TuPhap2023!");

    logIn("vp.yc", "YeuCau2023!");
    changePassword("YeuCau2023!", "YeuCau2024!");
    open("/app/campaigns/workspace.xhtml?id=" + campaign + "&unit=VPUBND");
    openLeaf("8.1");
    chooseFromMenu("leafForm:requestUnit", "STP — Sở Tư pháp");
    type("leafForm:requestMessage", "Đề nghị cung cấp báo cáo khảo sát hài lòng");
    type("leafForm:requestDue_input", "15/01/2099");
    clickAndWaitForAjax(byId("leafForm:askForEvidence"));
    assertShown("Đã gửi đề nghị cung cấp tài liệu cho STP về tiêu chí 8.1.");
    assertShown("Đang chờ");
    type("leafForm:commentText", "Sở Tư pháp sẽ gửi báo cáo trước 15/01");
    clickAndWaitForAjax(byId("leafForm:sendComment"));
    assertShown("vp.yc");
    assertShown("Sở Tư pháp sẽ gửi báo cáo trước 15/01");
    screenshots("requests");
    closeDialog();
    logOut();

    logIn("tp.yc", "TuPhap2023!");
    changePassword("TuPhap2023!", "TuPhap2024!");
    open("/app/campaigns/requests.xhtml?id=" + campaign);
    assertEquals("Đang chờ", text("requestsForm:requests:0:state"));
    clickAndWaitForAjax(By.cssSelector("button[id$=':answer'][title='8.1']"));
    Path pdf =
        Files.write(
            Files.createDirectories(Path.of("target", "it-files")).resolve("Báo cáo khảo sát.pdf"),
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    find("answerForm:files").sendKeys(pdf.toAbsolutePath().normalize().toString());
    type("answerForm:docNumber", "15/BC-STP");
    clickAndWaitForAjax(byId("answerForm:send"));
    assertShown("Đã gửi 1 tài liệu.");
    type("answerForm:note", "Đã gửi báo cáo");
    clickAndWaitForAjax(byId("answerForm:complete"));
    assertShown("Đã đánh dấu đề nghị hoàn thành.");
    assertEquals("Đã xong", text("requestsForm:requests:0:state"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(byId("answerDialog_modal")));
    logOut();

    logIn("vp.yc", "YeuCau2024!");
    openCampaignPage(CAMPAIGN);
    clickAndWaitForPage("workspaceLink");
    openLeaf("8.1");
    assertShown("15/BC-STP");
    assertShown("Đã xong");
  }
}

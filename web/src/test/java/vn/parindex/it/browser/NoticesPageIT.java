package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A returned leaf reaches the unit's people: Sở Tư pháp scores and sends its work in the department
 * campaign, Sở Nội vụ returns 1.1 with a comment; the officer's bell counts one, the notices page
 * says which leaf and why and opens the workspace at its field, the notice is read from then, and
 * the same words came by e-mail to the officer's address.
 */
class NoticesPageIT extends BrowserTest {
  private static final String PASSWORD = "ThongBao2023!";
  private static final String WHY = "\"explanation\":\"Văn bản đang trình ký\"";

  @Test
  void aReturnedLeafIsNoticedOnThePageAndByMail()
      throws IOException, jakarta.mail.MessagingException {
    String officer = app.unique("tb.stp");
    String address = officer + "@sotuphap.hatinh.gov.vn";
    long campaign = aCampaignWithALeafReturned(officer, address);

    logIn(officer, PASSWORD);
    assertEquals("1", text("userForm:bellCount"));
    find("userForm:bell").click();
    wait.until(ExpectedConditions.urlContains("notices.xhtml"));
    String notice = driver.findElement(By.cssSelector(".notice-unread a")).getText();
    assertTrue(
        notice.endsWith(": tiêu chí 1.1 bị trả lại — Bổ sung quyết định ban hành kế hoạch"),
        notice);
    assertTrue(text("noticesForm:unreadCount").contains("Chưa đọc: 1"));
    screenshots("notices");

    driver.findElement(By.cssSelector(".notice-unread a")).click();
    wait.until(ExpectedConditions.urlContains("workspace.xhtml"));
    String url = driver.getCurrentUrl();
    assertTrue(
        url.contains("id=" + campaign) && url.contains("unit=STP") && url.contains("field=1"), url);
    assertTrue(driver.findElements(By.id("userForm:bellCount")).isEmpty(), "read: no count left");

    List<MimeMessage> mailbox = mailTo(address);
    assertEquals(1, mailbox.size());
    assertTrue(
        mailbox.get(0).getSubject().startsWith("[Chỉ số CCHC] Thông báo: "),
        mailbox.get(0).getSubject());
    assertTrue(
        mailbox.get(0).getContent().toString().contains("tiêu chí 1.1 bị trả lại"),
        mailbox.get(0).getContent().toString());
  }

  private static long aCampaignWithALeafReturned(String officer, String address) {
    long campaign =
        app.openDepartmentCampaign(app.unique("SO-TB"), app.unique("Chỉ số các sở (thông báo)"));
    app.createApiAccount(
        new String[] {officer, "Võ Thị Thông Báo", "STP", "UNIT_OFFICER"}, PASSWORD, address);
    String scores = "/api/campaigns/" + campaign + "/subjects/STP/";
    ok(app.send("PUT", scores + "scores/1.1", "{\"value\":1," + WHY + "}", officer, PASSWORD));
    ok(app.send("PUT", scores + "scores/1.2", "{\"selfScore\":4," + WHY + "}", officer, PASSWORD));
    ok(app.send("POST", scores + "submit", "{}", officer, PASSWORD));
    ok(
        app.asAdmin(
            "POST",
            scores + "scores/1.1/return",
            "{\"comment\":\"Bổ sung quyết định ban hành kế hoạch\"}"));
    return campaign;
  }

  private static List<MimeMessage> mailTo(String address) {
    return app.mail().messages().stream().filter(m -> recipients(m).contains(address)).toList();
  }

  private static List<String> recipients(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients()).map(Address::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void ok(HttpResponse<String> response) {
    assertTrue(response.statusCode() / 100 == 2, response.request().uri() + ": " + response.body());
  }
}

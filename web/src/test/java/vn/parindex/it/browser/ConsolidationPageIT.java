package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two days before the campaign closes, Sở Nội vụ reminds the units that have not sent their work
 * from the consolidation page: Sở Tư pháp's officer gets the e-mail, the page lists every reminder
 * with its outcome, Cục Thuế, which has no address, among them. The leaves table shows 25 at a
 * time.
 */
class ConsolidationPageIT extends BrowserTest {
  private static final String CAMPAIGN = "Tự đánh giá năm 2023 (nhắc việc)";
  private static final String ADDRESS = "tp.nhacviec@hatinh.gov.vn";

  @Test
  void theCoordinatorRemindsTheUnitsThatAreBehind() throws IOException, MessagingException {
    String closes = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString();
    long campaign = app.openSampleCampaign(CAMPAIGN, closes);
    app.createAccount("nv.nhac", "Lê Văn Nhắc", "SNV", "COORDINATOR", "NhacViec2023!");
    app.createAccount("tp.nhac", "Hồ Thị Tư Pháp", "STP", "UNIT_OFFICER", "TuPhap2023!", ADDRESS);

    logIn("nv.nhac", "NhacViec2023!");
    changePassword("NhacViec2023!", "NhacViec2024!");
    open("/app/campaigns/consolidation.xhtml?id=" + campaign);
    assertShown("Chưa nhắc đơn vị nào.");
    assertFalse(
        pageText().contains("No records found"), "empty tables speak the page's language too");
    aPageOfLeavesAtATime();
    clickAndWaitForAjax(byId("remindForm:remind"));
    assertTrue(
        pageText().matches("(?s).*Đã nhắc \\d+ đơn vị; \\d+ thư đã gửi đi\\..*"), pageText());
    assertEquals("Đã gửi", outcome("STP"));
    assertEquals("Chưa gửi: đơn vị chưa có địa chỉ e-mail", outcome("CT"));

    List<MimeMessage> mailbox = new ArrayList<>();
    for (MimeMessage m : app.mail().messages()) {
      if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(ADDRESS::equals)) {
        mailbox.add(m);
      }
    }
    assertEquals(1, mailbox.size());
    assertEquals("[Chỉ số CCHC] Nhắc việc: " + CAMPAIGN, mailbox.get(0).getSubject());
  }

  /** The leaves come 25 at a time, read from the database page by page, and are searched. */
  private static void aPageOfLeavesAtATime() {
    By rows = By.cssSelector("tbody[id='consolidationForm:leaves_data'] > tr");
    assertEquals(25, driver.findElements(rows).size());
    String first =
        driver.findElements(rows).get(0).findElement(By.className("leaf-code")).getText();
    screenshots("consolidation");
    clickAndWaitForAjax(
        By.cssSelector("#consolidationForm\\:leaves_paginator_top .ui-paginator-next"));
    List<WebElement> next = driver.findElements(rows);
    assertTrue(!next.isEmpty() && next.size() <= 25, next.size() + " rows on page 2");
    assertFalse(
        next.get(0).findElement(By.className("leaf-code")).getText().equals(first),
        "page 2 shows other leaves");

    searchTable("consolidationForm:leaves", "1.1");
    List<String> found =
        driver
            .findElements(By.cssSelector("tbody[id='consolidationForm:leaves_data'] .leaf-code"))
            .stream()
            .map(e -> e.getText().strip())
            .toList();
    assertFalse(found.isEmpty(), "a code finds its leaves");
    assertTrue(found.stream().allMatch(c -> c.contains("1.1")), found.toString());
  }

  private static String outcome(String unit) {
    return driver
        .findElement(
            By.xpath(
                "//tbody[@id='remindForm:reminders_data']/tr[td[2]='"
                    + unit
                    + "']//span[contains(@class,'reminder-outcome')]"))
        .getText();
  }
}

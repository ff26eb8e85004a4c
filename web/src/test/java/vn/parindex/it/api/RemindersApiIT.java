package vn.parindex.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.it.support.RunningApp;

/**
 * Sở Nội vụ reminds the lead units of a campaign that closes tomorrow: Sở Tư pháp's officer gets a
 * Vietnamese e-mail, a unit without any address is recorded as not reached, the reminders are kept
 * and counted in the progress report, and only Sở Nội vụ may send them.
 */
class RemindersApiIT extends ApiTest {
  private static final String ADDRESS = "tp.daumoi@hatinh.gov.vn";

  @Test
  void unitsBehindAreRemindedByMailAndTheRemindersCount() throws IOException, MessagingException {
    LocalDate closes = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);
    long campaign = app.openSampleCampaign("Nhắc việc năm 2023", closes.toString());
    app.createAccount("nv.stp", "Trần Thị Nhắc", "STP", "UNIT_OFFICER", "NhacViec2023!", ADDRESS);
    String path = "/api/campaigns/" + campaign + "/reminders";

    HttpResponse<String> sent = app.asAdmin("POST", path, null);
    assertEquals(200, sent.statusCode(), sent.body());
    List<JsonObject> made =
        Json.createReader(new StringReader(sent.body())).readArray().getValuesAs(JsonObject.class);
    JsonObject stp = unit(made, "STP");
    assertTrue(stp.getBoolean("delivered"), stp.toString());
    assertTrue(
        List.of(stp.getString("recipients").split(", ")).contains(ADDRESS),
        "the officer's address among the unit's: " + stp);
    assertEquals(
        List.of("SUBMISSION"),
        stp.getJsonArray("reasons").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList(),
        "no nomination date, no overdue request: only the self-assessment");
    JsonObject tax = unit(made, "CT");
    assertFalse(tax.getBoolean("delivered"));
    assertEquals("NO_ADDRESS", tax.getString("failure"), "Cục Thuế has no account, no focal pair");

    List<MimeMessage> mailbox = new ArrayList<>();
    for (MimeMessage m : app.mail().messages()) {
      if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(ADDRESS::equals)) {
        mailbox.add(m);
      }
    }
    assertEquals(1, mailbox.size(), "one e-mail to Sở Tư pháp's officer");
    MimeMessage mail = mailbox.get(0);
    assertEquals("[Chỉ số CCHC] Nhắc việc: Nhắc việc năm 2023", mail.getSubject());
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertEquals("Chỉ số CCHC", from.getPersonal());
    assertEquals("chiso-cchc@hatinh.gov.vn", from.getAddress());
    String body = String.valueOf(mail.getContent());
    assertTrue(body.startsWith("Kính gửi: Sở Tư pháp,"), body);
    assertTrue(
        body.contains(
            "- Tự đánh giá, chấm điểm và gửi kết quả: hạn "
                + closes.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + "; đã chấm 0/"),
        body);

    List<JsonObject> kept =
        Json.createReader(new StringReader(app.asAdmin("GET", path, null).body()))
            .readArray()
            .getValuesAs(JsonObject.class);
    assertEquals(made.size(), kept.size(), "every reminder is kept, reached or not");
    assertEquals(1.0, remindersInProgressReport(campaign, "STP"));
    assertEquals(0.0, remindersInProgressReport(campaign, "CT"), "only reminders that went out");

    assertEquals(403, app.send("POST", path, null, "nv.stp", "NhacViec2023!").statusCode());
  }

  @Test
  void aCampaignThatIsNotOpenHasNothingToRemind() {
    HttpResponse<String> draft =
        app.asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\"Nhắc việc (chưa mở)\",\"year\":2023,\"frameworkId\":"
                + app.sampleFrameworkId()
                + ",\"kind\":\"PROVINCIAL\"}");
    assertEquals(201, draft.statusCode(), draft.body());
    long id = RunningApp.idOf(draft.body());
    HttpResponse<String> refused = app.asAdmin("POST", "/api/campaigns/" + id + "/reminders", null);
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("không có việc để nhắc"), refused.body());
  }

  private static JsonObject unit(List<JsonObject> reminders, String code) {
    return reminders.stream()
        .filter(r -> r.getString("unitCode").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not reminded: " + reminders));
  }

  /** The last figure of the unit's row in the progress workbook: its reminders. */
  private static double remindersInProgressReport(long campaign, String unit) throws IOException {
    HttpResponse<byte[]> xlsx =
        app.sendBytes(
            "GET",
            "/api/campaigns/" + campaign + "/reports/progress?format=xlsx",
            null,
            null,
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : book.getSheetAt(0)) {
        boolean ours = false;
        double last = -1;
        for (Cell cell : row) {
          ours |=
              cell.getCellType() == CellType.STRING
                  && cell.getStringCellValue().startsWith(unit + " — ");
          if (cell.getCellType() == CellType.NUMERIC) {
            last = cell.getNumericCellValue();
          }
        }
        if (ours) {
          return last;
        }
      }
    }
    throw new AssertionError(unit + " is not in the progress report");
  }
}

package vn.parindex.it.support;

import java.util.List;
import java.util.Locale;

/**
 * A department campaign of {@link RunningApp#openDepartmentCampaign} brought to its appraisal: Sở
 * Tư pháp and Văn phòng UBND each score 1.1 in full (6) and 1.2 at 4 and send their work, then Sở
 * Nội vụ starts round 1; each subject has 10 points before any bonus or penalty.
 */
public final class AppraisedCampaign {
  private static final String PASSWORD = "ChamDiem2023!";

  private AppraisedCampaign() {}

  public static void startAppraisal(RunningApp app, long campaign) {
    String base = "/api/campaigns/" + campaign;
    for (String unit : List.of("STP", "VPUBND")) {
      String user = app.unique("cham." + unit.toLowerCase(Locale.ROOT));
      app.createApiAccount(user, "Người chấm " + unit, unit, "UNIT_OFFICER", PASSWORD);
      String scores = base + "/subjects/" + unit + "/scores/";
      // Without evidence a score needs its explanation.
      String why = ",\"explanation\":\"Văn bản đang trình ký\"}";
      expect(app.send("PUT", scores + "1.1", "{\"value\":1" + why, user, PASSWORD).statusCode());
      expect(
          app.send("PUT", scores + "1.2", "{\"selfScore\":4" + why, user, PASSWORD).statusCode());
      expect(
          app.send("POST", base + "/subjects/" + unit + "/submit", "{}", user, PASSWORD)
              .statusCode());
    }
    expect(app.asAdmin("POST", base + "/appraisal/rounds", "{}").statusCode());
  }

  private static void expect(int status) {
    if (status != 200) {
      throw new IllegalStateException("The campaign could not be brought to appraisal: " + status);
    }
  }
}

package vn.parindex.it.support;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Opens an INTERNAL campaign of 2023 through the API: its framework imported from the rows of its
 * table and published, the campaign created for the given units, field 1 appraised by Sở Nội vụ.
 */
final class InternalCampaigns {
  private InternalCampaigns() {}

  static long open(
      RunningApp app, String frameworkCode, String name, String rows, List<String> subjects) {
    String table =
        "code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params\n" + rows;
    HttpResponse<byte[]> imported =
        app.sendBytes(
            "POST",
            "/api/frameworks?code="
                + frameworkCode
                + "&name=Ch%E1%BB%89%20s%E1%BB%91%20s%E1%BB%9F&targetGroup=DEPARTMENT"
                + "&fromYear=2023&total=10",
            "text/csv",
            table.getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    long framework = RunningApp.idOf(new String(imported.body(), StandardCharsets.UTF_8));
    app.asAdmin("POST", "/api/frameworks/" + framework + "/publish", null);
    HttpResponse<String> created =
        app.asAdmin(
            "POST",
            "/api/campaigns",
            "{\"name\":\""
                + name
                + "\",\"year\":2023,\"frameworkId\":"
                + framework
                + ",\"kind\":\"INTERNAL\",\"subjectUnitCodes\":[\""
                + String.join("\",\"", subjects)
                + "\"],"
                + "\"phases\":{\"selfAssessmentOpens\":\"2023-12-01\","
                + "\"selfAssessmentCloses\":\"2099-12-31\"}}");
    long campaign = RunningApp.idOf(created.body());
    app.sendBytes(
        "POST",
        "/api/campaigns/" + campaign + "/assignments",
        "text/csv",
        "scope_code,scope_kind,lead_unit_code,except_codes,source\n1,FIELD,SNV,,\n"
            .getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
    if (app.asAdmin("POST", "/api/campaigns/" + campaign + "/open", null).statusCode() != 200) {
      throw new IllegalStateException("Could not open " + name);
    }
    return campaign;
  }
}

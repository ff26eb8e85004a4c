package vn.parindex.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An open INTERNAL campaign of the given units on a published framework of one field and two leaves
 * (1.1 pass/fail, 1.2 by half points), Sở Nội vụ leading both: the smallest campaign whose tables
 * grow with its units, made through the API as Sở Nội vụ would.
 */
public final class TwoLeafCampaign {
  private TwoLeafCampaign() {}

  public static long open(RunningApp app, List<String> units) {
    String code = app.unique("SO-HAI");
    String table =
        "code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params\n"
            + "1,,1,Công tác chỉ đạo điều hành,,10,SELF,,,\n"
            + "1.1,1,2,Kế hoạch cải cách hành chính,,6,SELF,,BINARY,\n"
            + "1.2,1,2,Báo cáo cải cách hành chính,,4,SELF,,MANUAL,step=0.5\n";
    HttpResponse<byte[]> imported =
        app.sendBytes(
            "POST",
            "/api/frameworks?code="
                + code
                + "&name=Hai%20ti%C3%AAu%20ch%C3%AD&targetGroup=DEPARTMENT&fromYear=2023&total=10",
            "text/csv",
            table.getBytes(StandardCharsets.UTF_8),
            RunningApp.HELPER_ADMIN,
            RunningApp.HELPER_PASSWORD);
    long framework = RunningApp.idOf(new String(imported.body(), StandardCharsets.UTF_8));
    app.asAdmin("POST", "/api/frameworks/" + framework + "/publish", null);
    String subjects = units.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(","));
    long campaign =
        RunningApp.idOf(
            app.asAdmin(
                    "POST",
                    "/api/campaigns",
                    "{\"name\":\""
                        + app.unique("Hai tiêu chí")
                        + "\",\"year\":2023,\"frameworkId\":"
                        + framework
                        + ",\"kind\":\"INTERNAL\",\"subjectUnitCodes\":["
                        + subjects
                        + "],\"phases\":{\"selfAssessmentOpens\":\"2023-12-01\","
                        + "\"selfAssessmentCloses\":\"2099-12-31\"}}")
                .body());
    app.sendBytes(
        "POST",
        "/api/campaigns/" + campaign + "/assignments",
        "text/csv",
        "scope_code,scope_kind,lead_unit_code,except_codes,source\n1,FIELD,SNV,,\n"
            .getBytes(StandardCharsets.UTF_8),
        RunningApp.HELPER_ADMIN,
        RunningApp.HELPER_PASSWORD);
    assertEquals(
        200, app.asAdmin("POST", "/api/campaigns/" + campaign + "/open", null).statusCode());
    return campaign;
  }
}

package vn.parindex.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.it.support.RunningApp;

/**
 * Saves of leaves under load, as officers make them: each with the version it last read, so that
 * none overwrites another's change. wrk gives each of its threads one unit of the campaign still at
 * work; a thread keeps the version each answer returns and saves only a leaf none of its
 * connections is saving, so conflicts come only from a real race (a leaf saved twice at once when
 * there are more connections than leaves).
 */
final class LeafSaves {
  static final String NAME = "leaf save";
  private static final String WHY = "Văn bản đang trình ký";
  private static final String SCRIPT =
      """
      -- Each thread's number goes into the global "tid" of its own Lua state; a local of that name
      -- here would hide it from init(), and every thread would then save the first unit's leaves.
      local threads = 0
      setup = function(thread)
        thread:set("tid", threads)
        threads = threads + 1
      end
      init = function(args)
        me = (tid or 0) %% #units + 1
        versions = {}
        free = {}
        for code, v in pairs(start[me]) do
          versions[code] = v
          free[#free + 1] = code
        end
        n = 0
        reused = 0
      end
      request = function()
        n = n + 1
        local code = table.remove(free)
        if code == nil then
          -- Every leaf of the unit is being saved: this one goes twice at once and may conflict.
          code = last
          reused = reused + 1
        end
        last = code
        local v = versions[code]
        local body
        if kinds[code] == "b" then
          body = string.format('{"value":%%d,"version":%%d,"explanation":"%s"}', v %% 2, v)
        else
          local score = (v %% 2 == 0) and "1" or "1.5"
          body = string.format('{"selfScore":%%s,"version":%%d,"explanation":"%s"}', score, v)
        end
        local headers = {}
        headers["Cookie"] = sessions[(n %% #sessions) + 1]
        headers["Content-Type"] = "application/json"
        headers["Origin"] = "%s"
        return wrk.format("PUT", units[me] .. code, headers, body)
      end
      response = function(status, headers, body)
        local code = body:match('"nodeCode":"([^"]+)"')
        local v = body:match('"version":(%%d+)')
        if status == 200 and code and v then
          versions[code] = tonumber(v)
          free[#free + 1] = code
        elseif not told then
          told = true
          io.write("SAVE FAILED " .. status .. " (" .. reused .. " saves of a leaf already being"
            .. " saved) " .. body .. "\\n")
        end
      end
      """;

  private LeafSaves() {}

  /** The saves target with the versions the leaves have now. */
  static Target of(RunningApp app, BenchCampaign c) {
    List<String> prefixes = new ArrayList<>();
    List<Map<String, Long>> versions = new ArrayList<>();
    for (String unit : c.atWorkUnits()) {
      prefixes.add("/api/campaigns/" + c.atWork() + "/subjects/" + unit + "/scores/");
      versions.add(versions(app, c.atWork(), unit));
    }
    String first = c.leaves().get(0);
    long v = versions.get(0).get(first);
    String probe =
        "{\"value\":" + (v % 2) + ",\"version\":" + v + ",\"explanation\":\"" + WHY + "\"}";
    String kinds =
        c.leaves().stream()
            .map(l -> "[\"" + l + "\"]=\"" + (c.binary(l) ? "b" : "m") + "\"")
            .collect(Collectors.joining(","));
    String start =
        versions.stream()
            .map(
                m ->
                    m.entrySet().stream()
                        .map(e -> "[\"" + e.getKey() + "\"]=" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")))
            .collect(Collectors.joining(","));
    String units = prefixes.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
    String tables =
        "local units = {"
            + units
            + "}\nlocal kinds = {"
            + kinds
            + "}\nlocal start = {"
            + start
            + "}\n";
    return new Target(
        NAME,
        "PUT",
        List.of(prefixes.get(0) + first),
        List.of(probe),
        true,
        tables + SCRIPT.formatted(WHY, WHY, app.url("/").replaceAll("/$", "")));
  }

  /** Each leaf's version as the unit's workspace gives it. */
  private static Map<String, Long> versions(RunningApp app, long campaign, String unit) {
    String json =
        BenchCampaign.expect(
                app.asAdmin(
                    "GET", "/api/campaigns/" + campaign + "/units/" + unit + "/workspace", null))
            .body();
    Map<String, Long> versions = new LinkedHashMap<>();
    for (JsonObject leaf :
        Json.createReader(new StringReader(json))
            .readObject()
            .getJsonArray("leaves")
            .getValuesAs(JsonObject.class)) {
      versions.put(leaf.getString("nodeCode"), leaf.getJsonNumber("version").longValue());
    }
    return versions;
  }
}

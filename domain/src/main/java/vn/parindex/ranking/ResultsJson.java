package vn.parindex.ranking;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.organisation.UnitKind;

/** Reads a published results snapshot back into results, for the pages that show it. */
public final class ResultsJson {
  private ResultsJson() {}

  public static List<Result> read(String json) {
    return Json.createReader(new StringReader(json))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(ResultsJson::result)
        .toList();
  }

  private static Result result(JsonObject o) {
    return new Result(
        o.getString("unitCode"),
        UnitKind.valueOf(o.getString("group")),
        decimal(o, "total"),
        decimal(o, "applicableMax"),
        decimal(o, "index"),
        o.getInt("rank"),
        o.containsKey("previousRank")
                && o.get("previousRank").getValueType() == JsonValue.ValueType.NUMBER
            ? o.getInt("previousRank")
            : null,
        o.getString("classification"),
        o.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
            .map(
                f ->
                    new Result.FieldResult(
                        f.getString("code"),
                        decimal(f, "points"),
                        decimal(f, "max"),
                        decimal(f, "index")))
            .toList());
  }

  private static BigDecimal decimal(JsonObject o, String key) {
    JsonNumber n = o.getJsonNumber(key);
    return n == null ? null : n.bigDecimalValue().setScale(2);
  }
}

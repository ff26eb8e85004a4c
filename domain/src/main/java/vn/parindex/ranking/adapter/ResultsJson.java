package vn.parindex.ranking.adapter;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.organisation.UnitKind;
import vn.parindex.ranking.Result;

/**
 * A published results snapshot as JSON: written once when results are published, read back for the
 * pages and documents that show them. The one place in the ranking that knows JSON.
 */
public final class ResultsJson {
  /** One engine for the application's life: building one per publication is costly. */
  private static final Jsonb JSON = JsonbBuilder.create();

  private ResultsJson() {}

  public static String write(List<Result> results) {
    return JSON.toJson(results);
  }

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

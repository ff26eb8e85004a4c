package vn.parindex.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad-input corpus: for every JSON body a person or a script sends, one good body and, field by
 * field, what a careless user or an attacker puts there instead (a NUL, a control character, ten
 * thousand letters, a word for a number, a number out of range, an impossible date, "yes" for a
 * flag), plus the bodies that are not JSON at all. Each case names the status it must get and the
 * field its 422 must name.
 */
final class BadInputCorpus {
  /** What a field holds, which decides what is tried in it. */
  enum Type {
    TEXT,
    NUMBER,
    DATE,
    FLAG
  }

  /** A field of a body, a dotted path for a nested one. */
  record Field(String path, Type type) {}

  /**
   * An endpoint as a caller uses it, the good body its cases spoil, where its state shows, and what
   * an empty body gets (422 where a body is required).
   */
  record Endpoint(
      String name,
      String method,
      String path,
      String caller,
      String good,
      List<Field> fields,
      String state,
      int noBody) {
    Endpoint(
        String name,
        String method,
        String path,
        String caller,
        String good,
        List<Field> fields,
        String state) {
      this(name, method, path, caller, good, fields, state, 422);
    }
  }

  /** One request of the corpus; its body as bytes, since a table may come in another encoding. */
  record Case(
      Endpoint endpoint, String what, String contentType, byte[] body, int status, String field) {
    Case(Endpoint endpoint, String what, String contentType, String body, int status, String f) {
      this(endpoint, what, contentType, body.getBytes(StandardCharsets.UTF_8), status, f);
    }
  }

  static final String LONG = "ệ".repeat(10_001);

  private BadInputCorpus() {}

  static List<Case> cases(List<Endpoint> endpoints) {
    List<Case> cases = new ArrayList<>();
    for (Endpoint e : endpoints) {
      for (Field f : e.fields()) {
        switch (f.type()) {
          case TEXT -> {
            cases.add(spoil(e, f, "NUL", Json.createValue("Kế hoạch\u0000520"), 422));
            cases.add(spoil(e, f, "BEL", Json.createValue("Báo cáo\u0007"), 422));
            cases.add(spoil(e, f, "10,001 letters", Json.createValue(LONG), 422));
          }
          case NUMBER -> {
            cases.add(spoil(e, f, "a word", Json.createValue("mười"), 400, null));
            cases.add(spoil(e, f, "negative", Json.createValue(-5), 422));
            cases.add(spoil(e, f, "huge", Json.createValue(1_000_000_000_000L), 422));
          }
          case DATE -> {
            cases.add(spoil(e, f, "no such day", Json.createValue("2023-13-45"), 400, null));
            cases.add(spoil(e, f, "words", Json.createValue("hôm qua"), 400, null));
          }
          case FLAG -> cases.add(spoil(e, f, "\"yes\"", Json.createValue("yes"), 400, null));
        }
      }
      cases.add(new Case(e, "not JSON", "application/json", "{\"text\":", 400, null));
      cases.add(new Case(e, "an array", "application/json", "[]", 400, null));
      cases.add(new Case(e, "plain text", "text/plain", e.good(), 415, null));
      cases.add(new Case(e, "no body", "application/json", "", e.noBody(), null));
    }
    return cases;
  }

  private static Case spoil(Endpoint e, Field f, String what, JsonValue value, int status) {
    return spoil(e, f, what, value, status, f.path());
  }

  private static Case spoil(
      Endpoint e, Field f, String what, JsonValue value, int status, String field) {
    JsonObject good = Json.createReader(new StringReader(e.good())).readObject();
    return new Case(
        e,
        f.path() + ": " + what,
        "application/json",
        replaced(good, f.path(), value).toString(),
        status,
        field);
  }

  private static JsonObject replaced(JsonObject object, String path, JsonValue value) {
    int dot = path.indexOf('.');
    JsonObjectBuilder builder = Json.createObjectBuilder(object);
    if (dot < 0) {
      return builder.add(path, value).build();
    }
    String head = path.substring(0, dot);
    return builder
        .add(head, replaced(object.getJsonObject(head), path.substring(dot + 1), value))
        .build();
  }
}

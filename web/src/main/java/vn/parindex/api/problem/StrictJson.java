package vn.parindex.api.problem;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The API's JSON binding, stricter than the default on what a flag is: {@code true} or {@code
 * false}. The default takes any string as a flag and reads {@code "yes"} as false, which stored
 * "not at risk" for a criterion the officer meant to flag; anything else is now a 400.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictFlag()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /** A flag from JSON's own literals only. */
  static final class StrictFlag implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default -> throw new JsonbException("A flag is true or false, not " + value);
      };
    }
  }
}

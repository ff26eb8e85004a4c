package vn.parindex.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MaxLength;
import vn.parindex.shared.Violation;

/**
 * Every text of every JSON body, checked once as it is read, before any service sees it: no control
 * character (a NUL cannot be stored in PostgreSQL and nobody types one) and no more characters than
 * its column holds, as {@link MaxLength} on the record component says, else {@link #DEFAULT_MAX}.
 * Each offending field is named in one 422, and nothing is saved.
 */
@Provider
public class TextFieldsCheck implements ReaderInterceptor {
  /** What a text without its own limit may hold: the column of reasons, remarks and messages. */
  static final int DEFAULT_MAX = 2000;

  private static final int DEPTH = 4;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object entity = context.proceed();
    if (context.getMediaType() != null
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      List<Violation> problems = new ArrayList<>();
      check(entity, "", DEFAULT_MAX, problems, 0);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
    return entity;
  }

  static void check(Object value, String field, int max, List<Violation> problems, int depth) {
    if (value instanceof String text) {
      Violation.ofText(field, text, max).ifPresent(problems::add);
    } else if (depth < DEPTH && value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        check(item, field + "[" + i++ + "]", max, problems, depth + 1);
      }
    } else if (depth < DEPTH && value != null && value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        MaxLength limit = component.getAnnotation(MaxLength.class);
        String name = field.isEmpty() ? component.getName() : field + "." + component.getName();
        check(
            read(component, value),
            name,
            limit == null ? DEFAULT_MAX : limit.value(),
            problems,
            depth + 1);
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("A record's accessor is public: " + component, e);
    }
  }
}

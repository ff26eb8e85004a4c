package vn.parindex.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many characters a text of a request may hold: the length of the column it is stored in.
 * Checked as the request is read, before any service sees it. Bean Validation's {@code @Size} would
 * say the same, but Payara's OpenAPI generator fails on it on a record component.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MaxLength {
  int value();
}

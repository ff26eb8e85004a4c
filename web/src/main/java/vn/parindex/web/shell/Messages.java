package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.parindex.shared.MessageKey;

/**
 * Resolves bundle keys outside Faces (the API, e-mails, logs meant for users). Faces pages use the
 * same bundle as {@code #{msg}}.
 */
@ApplicationScoped
public class Messages {
  public static final String BUNDLE = "vn.parindex.web.messages";
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  public String get(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] resolved = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      resolved[i] = arguments[i] instanceof MessageKey nested ? get(locale, nested) : arguments[i];
    }
    return new MessageFormat(pattern, locale).format(resolved);
  }

  /** A message the domain named, with its arguments, in {@code locale}. */
  public String get(Locale locale, MessageKey message) {
    return get(locale, message.key(), message.arguments().toArray());
  }

  public String vietnamese(String key, Object... arguments) {
    return get(VIETNAMESE, key, arguments);
  }
}

package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public String vietnamese(String key, Object... arguments) {
    return get(VIETNAMESE, key, arguments);
  }
}

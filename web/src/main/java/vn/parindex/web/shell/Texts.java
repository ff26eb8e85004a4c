package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import vn.parindex.shared.MessageKey;

/**
 * {@code #{texts}}: what the domain names as messages, written in the page's language — a rule's
 * explanation of its points, the default classification bands.
 */
@Named
@ApplicationScoped
public class Texts {
  @Inject Messages messages;

  /** The message in the view's language; nothing for no message. */
  public String of(MessageKey message) {
    return message == null ? null : in(locale(), message);
  }

  public String in(Locale locale, MessageKey message) {
    return message == null ? null : messages.get(locale, message);
  }

  /**
   * A classification band's name: the default bands (stored by their Vietnamese names) in the
   * page's language, a province's own names as typed.
   */
  public String band(String name) {
    if (name == null) {
      return null;
    }
    String key = "band." + name.toLowerCase(Locale.ROOT).replace(' ', '_');
    String text = messages.get(locale(), key);
    return key.equals(text) ? name : text;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}

package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

  /** Several messages as one sentence, joined by semicolons: a rule said in words. */
  public String joined(List<MessageKey> parts) {
    return parts == null ? null : parts.stream().map(this::of).collect(Collectors.joining("; "));
  }

  /**
   * Points as the province writes them, in either language: "1,5", never "1.50" (the tables use the
   * same format through {@code f:convertNumber locale="vi"}).
   */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Messages.VIETNAMESE);
    format.setMaximumFractionDigits(2);
    return format.format(value);
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

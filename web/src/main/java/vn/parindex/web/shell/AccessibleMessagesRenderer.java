package vn.parindex.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with the alert inside the list item, not on it: a {@code <li role="alert">}
 * is no longer a list item, so a screen reader loses the list (axe-core's "list" rule, serious).
 * The text is written as PrimeFaces writes it.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {
  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String styleClassPrefix,
      boolean escape)
      throws IOException {
    writer.startElement("li", null);
    writer.startElement("div", null);
    writer.writeAttribute("role", "alert", null);
    writer.writeAttribute("aria-atomic", "true", null);
    String summary = message.getSummary() != null ? message.getSummary() : "";
    String detail = message.getDetail() != null ? message.getDetail() : summary;
    if (messages.isSkipDetailIfEqualsSummary() && Objects.equals(summary, detail)) {
      detail = "";
    }
    if (messages.isShowSummary()) {
      text(writer, styleClassPrefix + "-summary", summary, escape);
    }
    if (messages.isShowDetail()) {
      text(writer, styleClassPrefix + "-detail", detail, escape);
    }
    writer.endElement("div");
    writer.endElement("li");
  }

  private static void text(ResponseWriter writer, String styleClass, String text, boolean escape)
      throws IOException {
    writer.startElement("span", null);
    writer.writeAttribute("class", styleClass, null);
    if (escape) {
      writer.writeText(text, null);
    } else {
      writer.write(text);
    }
    writer.endElement("span");
  }
}

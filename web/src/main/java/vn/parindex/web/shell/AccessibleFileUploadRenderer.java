package vn.parindex.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' simple upload without its {@code aria-hidden="true"}: the native file input is the
 * control a keyboard or screen reader user must reach, and hiding it from them while it takes the
 * focus fails WCAG 4.1.2 (axe-core's "aria-hidden-focus", serious).
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {
  @Override
  protected void encodeSimpleInputField(
      FacesContext context, FileUpload fileUpload, String clientId, String style, String styleClass)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    context.setResponseWriter(
        new ResponseWriterWrapper(original) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!"aria-hidden".equals(name)) {
              super.writeAttribute(name, value, property);
            }
          }
        });
    try {
      super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
    } finally {
      context.setResponseWriter(original);
    }
  }
}

package vn.parindex.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.parindex.shared.BusinessException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.Violation;

/** Puts bundle messages on the page, in the view's language, next to the field they concern. */
@ApplicationScoped
public class FacesMessages {
  @Inject Messages messages;

  /** A bundle text in the view's language, for a bean that composes what the page shows. */
  public String text(String key, Object... arguments) {
    return messages.get(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** Something done that still needs a person, such as accounts left to move. */
  public void warn(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_WARN, key, arguments);
  }

  /** An info message that survives the redirect that follows a successful form. */
  public void flashInfo(String key, Object... arguments) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    info(key, arguments);
  }

  /**
   * Each violation beside its field ({@code formPrefix} + the last segment of the field, so that
   * {@code phases.nominationDue} lands at {@code form:nominationDue}); a violation whose field the
   * page does not show, or hides just now, goes to the top, where it cannot be missed.
   */
  public void show(BusinessException e, String formPrefix) {
    if (e instanceof InvalidInputException invalid) {
      UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
      for (Violation v : invalid.violations()) {
        String clientId = null;
        if (v.field() != null) {
          String candidate = formPrefix + v.field().substring(v.field().lastIndexOf('.') + 1);
          clientId = shown(view.findComponent(candidate)) ? candidate : null;
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, v.messageKey(), v.arguments().toArray());
      }
    } else {
      error(null, e.messageKey(), e.arguments());
    }
  }

  /**
   * Each violation beside its field in the form that was submitted: the form is where the user
   * typed what was refused.
   */
  public void show(BusinessException e) {
    show(e, submittedFormPrefix(FacesContext.getCurrentInstance()));
  }

  /**
   * {@code form:} of the form the request submitted, or nothing on a request without a form: the
   * AJAX source's form, else the form whose marker field came back (Faces renders each form's
   * client id as a hidden field of the same name and value).
   */
  static String submittedFormPrefix(FacesContext faces) {
    Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
    String[] prefix = {""};
    String source = parameters.get("jakarta.faces.source");
    if (source != null) {
      faces
          .getViewRoot()
          .invokeOnComponent(faces, source, (context, c) -> prefix[0] = formPrefixOf(faces, c));
    }
    if (prefix[0].isEmpty()) {
      parameters.entrySet().stream()
          .filter(p -> p.getKey().equals(p.getValue()))
          .forEach(
              p ->
                  faces
                      .getViewRoot()
                      .invokeOnComponent(
                          faces,
                          p.getKey(),
                          (context, c) -> {
                            if (c instanceof UIForm) {
                              prefix[0] = formPrefixOf(faces, c);
                            }
                          }));
    }
    return prefix[0];
  }

  private static String formPrefixOf(FacesContext faces, UIComponent component) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (c instanceof UIForm form) {
        return form.getClientId(faces) + UINamingContainer.getSeparatorChar(faces);
      }
    }
    return "";
  }

  /**
   * A table's wrong rows, as the findings table of the page shows them, with the message that
   * counts them: the answer to an upload that was refused row by row.
   */
  public List<FindingView> findings(InvalidInputException refused) {
    List<FindingView> findings =
        FindingView.ofViolations(
            refused.violations(),
            messages,
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    error(null, "frameworks.check.errors", findings.size());
    return findings;
  }

  /** Whether a field is on the page: a message at a hidden one would never be read. */
  private static boolean shown(UIComponent component) {
    for (UIComponent c = component; c != null; c = c.getParent()) {
      if (!c.isRendered()) {
        return false;
      }
    }
    return component != null;
  }

  private void add(
      String clientId, FacesMessage.Severity severity, String key, Object[] arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = messages.get(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    if (severity == FacesMessage.SEVERITY_ERROR) {
      faces.validationFailed();
    }
  }
}

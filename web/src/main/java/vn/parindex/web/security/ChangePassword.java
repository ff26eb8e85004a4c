package vn.parindex.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import vn.parindex.account.AccountService;
import vn.parindex.web.shell.FacesMessages;

/** {@code app/password.xhtml}: a person changes their own password (forced after a reset). */
@Named
@RequestScoped
public class ChangePassword {
  @Inject AccountService accounts;
  @Inject FacesMessages messages;

  private String current;
  private String replacement;
  private String confirmation;

  public void submit() throws IOException {
    if (replacement == null || !replacement.equals(confirmation)) {
      messages.error("passwordForm:confirmation", "password.mismatch");
      return;
    }
    String stamp = accounts.changeOwnPassword(current, replacement);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpSession session = ((HttpServletRequest) external.getRequest()).getSession();
    session.setAttribute(ParIndexAuthentication.SESSION_MUST_CHANGE, false);
    // The session goes on under the new password; others opened on the old one end.
    session.setAttribute(ParIndexAuthentication.SESSION_STAMP, stamp);
    messages.flashInfo("password.changed");
    external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
  }

  public boolean isForced() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return Boolean.TRUE.equals(
        request.getSession().getAttribute(ParIndexAuthentication.SESSION_MUST_CHANGE));
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}

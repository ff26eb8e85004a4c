package vn.parindex.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import vn.parindex.account.LoginResult;
import vn.parindex.shared.Clocks;
import vn.parindex.web.shell.FacesMessages;

/** The login form of {@code login.xhtml}. */
@Named
@RequestScoped
public class Login {

  @Inject SecurityContext security;
  @Inject LastLogin lastLogin;
  @Inject FacesMessages messages;

  private String username;
  private String password;

  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
      case SEND_CONTINUE -> faces.responseComplete();
      default -> refuse();
    }
  }

  private void refuse() {
    LoginResult result = lastLogin.get();
    if (result != null && result.status() == LoginResult.Status.LOCKED) {
      String until =
          DateTimeFormatter.ofPattern("HH:mm")
              .withZone(Clocks.VIETNAM)
              .format(result.lockedUntil());
      messages.error(null, "login.locked.until", until);
    } else {
      messages.error(null, "login.invalid");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

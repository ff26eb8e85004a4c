package vn.parindex.web.security;

import jakarta.enterprise.context.RequestScoped;
import vn.parindex.account.LoginResult;

/** The outcome of the password check made during this request, if any. */
@RequestScoped
public class LastLogin {
  private LoginResult result;

  public LoginResult get() {
    return result;
  }

  void set(LoginResult result) {
    this.result = result;
  }
}

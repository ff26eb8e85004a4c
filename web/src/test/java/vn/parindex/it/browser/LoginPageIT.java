package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Five wrong passwords on the login page lock the account; then even the right one is refused. */
class LoginPageIT extends BrowserTest {
  @Test
  void fiveWrongPasswordsLockTheAccount() {
    app.createAccount("khoa.thu", "Lê Thị Khóa", "SNV", "VIEWER", "MatKhauDung2022");
    for (int i = 1; i <= 4; i++) {
      logIn("khoa.thu", "sai-" + i);
      assertShown("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    logIn("khoa.thu", "sai-5");
    assertShown("Tài khoản tạm thời bị khóa do đăng nhập sai 5 lần trong 15 phút.");

    logIn("khoa.thu", "MatKhauDung2022");
    assertShown("Tài khoản tạm thời bị khóa");
    assertFalse(driver.getCurrentUrl().contains("/app/"), driver.getCurrentUrl());
  }
}

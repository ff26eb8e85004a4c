package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code app/password.xhtml}: a person with an issued password must set their own; a wrong current
 * password, a short one and a mistyped confirmation are each told beside their field (a plain form
 * post, through the one exception handler), the issued password keeps working until a good one is
 * set, and then the home page says it was changed.
 */
class PasswordPageIT extends BrowserTest {
  @Test
  void refusalsAreToldAtTheirFieldsAndAGoodPasswordLeadsHome() {
    String user = app.unique("matkhau");
    app.createAccount(user, "Phan Văn Mật Khẩu", "STP", "UNIT_OFFICER", "CapPhat2023!");
    logIn(user, "CapPhat2023!");
    assertTrue(driver.getCurrentUrl().contains("/app/password.xhtml"), "sent to change it first");
    assertShown("Mật khẩu hiện tại do quản trị viên cấp.");

    attempt("SaiMatKhau1", "MoiDatLai2024", "MoiDatLai2024");
    assertEquals("Mật khẩu hiện tại không đúng.", text("passwordForm:currentMessage"));
    attempt("CapPhat2023!", "ngan1", "ngan1");
    assertEquals("Mật khẩu phải có ít nhất 10 ký tự.", text("passwordForm:replacementMessage"));
    attempt("CapPhat2023!", "MoiDatLai2024", "MoiDatLai2025");
    assertEquals("Mật khẩu nhập lại không khớp.", text("passwordForm:confirmationMessage"));
    screenshots("password-refused");
    assertTrue(driver.getCurrentUrl().contains("/app/password.xhtml"), "the page stays");

    attempt("CapPhat2023!", "MoiDatLai2024", "MoiDatLai2024");
    assertTrue(driver.getCurrentUrl().contains("/app/home.xhtml"), driver.getCurrentUrl());
    assertShown("Đã đổi mật khẩu.");
    logOut();
    logIn(user, "MoiDatLai2024");
    assertTrue(driver.getCurrentUrl().contains("/app/home.xhtml"), "the new password opens it");
  }

  private static void attempt(String current, String replacement, String confirmation) {
    type("passwordForm:current", current);
    type("passwordForm:replacement", replacement);
    type("passwordForm:confirmation", confirmation);
    clickAndWaitForPage("passwordForm:submit");
  }
}

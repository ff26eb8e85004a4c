package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * {@code login.xhtml} and the session it opens: five wrong passwords lock the account, then even
 * the right one is refused; a session ends as soon as its account's password is reset or the
 * account is disabled; its cookie is SameSite=Lax.
 */
class LoginPageIT extends BrowserTest {
  @Test
  void fiveWrongPasswordsLockTheAccount() {
    driver.get(app.url("/login.xhtml"));
    assertEquals(
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
        driver.findElement(By.cssSelector(".plain-issuer")).getAttribute("textContent"),
        "the province unit's name, not a text of the product's");
    app.createAccount("khoa.thu", "Lê Thị Khóa", "SNV", "VIEWER", "MatKhauDung2022");
    for (int i = 1; i <= 4; i++) {
      logIn("khoa.thu", "sai-" + i);
      assertShown("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
    logIn("khoa.thu", "sai-5");
    assertShown("Tài khoản tạm thời bị khóa do đăng nhập sai 5 lần trong 15 phút.");
    screenshots("login-locked");

    logIn("khoa.thu", "MatKhauDung2022");
    assertShown("Tài khoản tạm thời bị khóa");
    assertFalse(driver.getCurrentUrl().contains("/app/"), driver.getCurrentUrl());
  }

  @Test
  void aSessionEndsWhenThePasswordIsResetOrTheAccountDisabled() {
    String user = app.unique("phien.lamviec");
    app.createAccount(user, "Đào Thị Phiên", "STP", "UNIT_OFFICER", "PhienLamViec1");
    logIn(user, "PhienLamViec1");
    changePassword("PhienLamViec1", "PhienLamViec2");
    assertTrue(driver.getCurrentUrl().contains("/app/home.xhtml"), driver.getCurrentUrl());
    assertEquals(
        "Lax",
        driver.manage().getCookieNamed("JSESSIONID").getSameSite(),
        "a signed-in session's cookie is not sent with another site's form");
    long id =
        Json.createReader(new StringReader(app.asAdmin("GET", "/api/users", null).body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("username").equals(user))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> reset = app.asAdmin("POST", "/api/users/" + id + "/password-reset", null);
    assertEquals(200, reset.statusCode(), reset.body());
    open("/app/units.xhtml");
    assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "the reset ended the session");
    String oneTime =
        Json.createReader(new StringReader(reset.body())).readObject().getString("oneTimePassword");
    logIn(user, oneTime);
    changePassword(oneTime, "PhienLamViec3");
    assertTrue(driver.getCurrentUrl().contains("/app/home.xhtml"), "the new session goes on");
    open("/app/units.xhtml");
    assertTrue(driver.getCurrentUrl().contains("/app/units.xhtml"), driver.getCurrentUrl());

    assertEquals(
        200,
        app.asAdmin("PUT", "/api/users/" + id + "/enabled", "{\"enabled\":false}").statusCode());
    open("/app/units.xhtml");
    assertTrue(driver.getCurrentUrl().contains("/login.xhtml"), "disabling ended the session");
  }
}

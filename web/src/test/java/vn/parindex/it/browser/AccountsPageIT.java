package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The first day of an installation: the admin logs in with the password from the log, must replace
 * it, opens an account for a focal officer of Sở Tư pháp, and logs out; the officer logs in with
 * the one-time password, replaces it, and lands on the Vietnamese home page. The admin finds the
 * new account in the list by words of the name typed without tone marks.
 */
class AccountsPageIT extends BrowserTest {
  private static final String OFFICER_NAME = "Nguyễn Thị Thủy Cộng Thế Hữu đạt";

  @Test
  void adminOpensAnOfficerAccountAndTheOfficerLogsIn() {
    open("/");
    assertTrue(driver.getCurrentUrl().endsWith("/login.xhtml"), driver.getCurrentUrl());
    assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(driver.getTitle().startsWith("Đăng nhập"));

    logIn("admin", app.generatedAdminPassword());
    assertTrue(driver.getCurrentUrl().endsWith("/app/password.xhtml"), driver.getCurrentUrl());
    assertShown("Mật khẩu hiện tại do quản trị viên cấp");
    screenshots("password-first");

    open("/app/units.xhtml");
    assertTrue(
        driver.getCurrentUrl().endsWith("/app/password.xhtml"),
        "must change the password before anything else");

    changePassword(app.generatedAdminPassword(), "short");
    assertShown("Mật khẩu phải có ít nhất 10 ký tự.");
    changePassword(app.generatedAdminPassword(), "QuanTri2022Moi");
    assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"));
    assertShown("Đã đổi mật khẩu.");

    clickAndWaitForPage("menuForm:navAccounts");
    type("accountForm:username", "canbo.stp");
    type("accountForm:fullName", OFFICER_NAME);
    type("accountForm:email", "canbo@stp.hatinh.gov.vn");
    chooseFromMenu("accountForm:unitCode", "STP — Sở Tư pháp");
    driver.findElement(By.xpath("//label[text()='Cán bộ đầu mối']")).click();
    clickAndWaitForAjax(byId("accountForm:save"));

    assertShown("Đã tạo tài khoản canbo.stp.");
    String oneTime = find("issuedPassword").getText().strip();
    assertEquals(14, oneTime.length(), oneTime);
    searchTable("accountsForm:accounts", "thuy cong stp");
    assertEquals(
        List.of("canbo.stp"),
        driver.findElements(By.cssSelector(".account-username")).stream()
            .map(e -> e.getText().strip())
            .toList(),
        "found by words of the name typed without marks and the unit's code");
    assertShown(OFFICER_NAME);
    screenshots("accounts");

    logOut();
    assertShown("Bạn đã đăng xuất.");

    logIn("canbo.stp", oneTime);
    changePassword(oneTime, "CanBoTuPhap2022");
    assertTrue(driver.getCurrentUrl().endsWith("/app/home.xhtml"));
    assertEquals("Xin chào " + OFFICER_NAME + " (Sở Tư pháp).", text("welcome"));
    assertShown("Cơ quan, đơn vị");
    assertTrue(
        driver.findElements(byId("menuForm:navAccounts")).isEmpty(),
        "an officer has no account administration");

    HttpResponse<String> users = app.asAdmin("GET", "/api/users", null);
    assertTrue(users.body().contains("\"fullName\":\"" + OFFICER_NAME + "\""), users.body());
    assertTrue(users.body().contains("\"unitCode\":\"STP\""));
  }
}

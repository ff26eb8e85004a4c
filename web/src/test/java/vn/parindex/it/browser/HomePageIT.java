package vn.parindex.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Vietnamese by default; English when a person chooses it, remembered at the next login. */
class HomePageIT extends BrowserTest {
  @Test
  void englishIsRememberedForThePerson() {
    app.createAccount("ngonngu", "Trần Văn Ngữ", "STTTT", "VIEWER", "TamThoi20222");
    logIn("ngonngu", "TamThoi20222");
    changePassword("TamThoi20222", "TiengAnh20222");
    assertEquals("Trang chủ", text("menuForm:navHome"));

    clickAndWaitForPage("userForm:langEn");
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Home", text("menuForm:navHome"));

    logOut();
    assertTrue(pageText().contains("Tên đăng nhập"), "the login page is Vietnamese again");
    logIn("ngonngu", "TiengAnh20222");
    assertEquals("Home", text("menuForm:navHome"));
    assertEquals("Welcome, ngonngu.", text("welcome"));

    clickAndWaitForPage("menuForm:navUnits");
    assertShown("Department of Justice");
    clickAndWaitForPage("userForm:langVi");
    assertShown("Sở Tư pháp");
    assertEquals("Trang chủ", text("menuForm:navHome"));
  }
}

package vn.parindex.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  @Test
  void policyNamesTheFirstBrokenRule() {
    assertEquals(Optional.of("password.tooShort"), Passwords.problem("abc123", "u"));
    assertEquals(Optional.of("password.tooShort"), Passwords.problem(null, "u"));
    assertEquals(
        Optional.of("password.needsLetterAndDigit"), Passwords.problem("abcdefghijk", "u"));
    assertEquals(
        Optional.of("password.needsLetterAndDigit"), Passwords.problem("12345678901", "u"));
    assertEquals(
        Optional.of("password.sameAsUsername"), Passwords.problem("canbo12345", "CANBO12345"));
    assertEquals(Optional.empty(), Passwords.problem("Mật khẩu 2022 đủ dài", "u"));
    assertEquals(Optional.of("password.common"), Passwords.problem("password12", "u"));
    assertEquals(Optional.of("password.common"), Passwords.problem("MatKhau@2023", "u"));
    assertEquals(Optional.of("password.common"), Passwords.problem("HaTinh2024!!", "u"));
    assertEquals(Optional.of("password.common"), Passwords.problem("a123456789", "u"));
    assertEquals(
        Optional.of("password.sameAsUsername"), Passwords.problem("stp.daumoi2024", "stp.daumoi"));
    assertEquals(Optional.empty(), Passwords.problem("DoanMatKhau2023!", "doan.mk"));
  }

  @RepeatedTest(50)
  void generatedPasswordsPassThePolicyAndAvoidLookalikes() {
    String password = Passwords.generate();
    assertEquals(14, password.length());
    assertEquals(Optional.empty(), Passwords.problem(password, "admin"));
    assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
  }

  @Test
  void generatedPasswordsDiffer() {
    assertNotEquals(Passwords.generate(), Passwords.generate());
  }
}

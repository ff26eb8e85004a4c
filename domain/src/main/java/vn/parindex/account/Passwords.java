package vn.parindex.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The password policy and the generator of one-time passwords. */
public final class Passwords {
  public static final int MIN_LENGTH = 10;

  /** No 0/O, 1/l/I: a one-time password is often read aloud over the phone to a unit. */
  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

  private static final String DIGITS = "23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Words that make up the passwords tried first, here and everywhere: a password whose letters are
   * one of them (whatever digits and signs around them, in any case) is refused.
   */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passwd",
          "pass",
          "matkhau",
          "mk",
          "admin",
          "administrator",
          "root",
          "qwerty",
          "qwertyuiop",
          "asdfgh",
          "asdfghjkl",
          "zxcvbnm",
          "abc",
          "abcd",
          "abcdef",
          "abcdefgh",
          "iloveyou",
          "welcome",
          "letmein",
          "hello",
          "test",
          "user",
          "login",
          "changeme",
          "secret",
          "hatinh",
          "cchc",
          "chiso",
          "vietnam",
          "ubnd",
          "sonoivu",
          "a",
          "aa",
          "ab",
          "x",
          "q");

  private Passwords() {}

  /**
   * Returns the bundle key of the first rule the password breaks, or empty when it is acceptable.
   */
  public static Optional<String> problem(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      return Optional.of("password.needsLetterAndDigit");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && (lower.equals(username.toLowerCase(Locale.ROOT))
            || (username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT))))) {
      return Optional.of("password.sameAsUsername");
    }
    String letters = lower.replaceAll("[^\\p{L}]", "");
    if (COMMON.contains(letters)) {
      return Optional.of("password.common");
    }
    return Optional.empty();
  }

  /** A 14-character password with at least two digits, acceptable to {@link #problem}. */
  public static String generate() {
    List<Character> chars = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      chars.add(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
    }
    for (int i = 0; i < 2; i++) {
      chars.add(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
    }
    java.util.Collections.shuffle(chars, RANDOM);
    StringBuilder out = new StringBuilder();
    chars.forEach(out::append);
    return out.toString();
  }
}

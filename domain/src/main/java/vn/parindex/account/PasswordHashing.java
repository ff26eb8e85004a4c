package vn.parindex.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (the OWASP figure for SHA-512); the
 * parameters are stored inside each hash, so raising them later does not break old passwords.
 */
@ApplicationScoped
public class PasswordHashing {
  private final Pbkdf2PasswordHash hash;

  /** Compared against when the username is unknown, so that the answer takes as long. */
  private final String decoy;

  @Inject
  public PasswordHashing(Pbkdf2PasswordHash hash) {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    this.hash = hash;
    this.decoy = hash.generate(Passwords.generate().toCharArray());
  }

  protected PasswordHashing() {
    this.hash = null;
    this.decoy = null;
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  public void spendTimeOnUnknownUser(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}

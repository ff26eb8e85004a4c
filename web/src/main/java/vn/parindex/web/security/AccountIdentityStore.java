package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.account.AccountService;
import vn.parindex.account.LoginResult;
import vn.parindex.account.Role;
import vn.parindex.shared.Roles;

/**
 * Checks passwords against the accounts table through {@link AccountService#authenticate}, which
 * also counts failures and locks. The last result is kept for the login page, which must tell a
 * locked account from a wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
  @Inject AccountService accounts;
  @Inject LastLogin lastLogin;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginResult result = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
    lastLogin.set(result);
    if (result.status() != LoginResult.Status.SUCCESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(result.username(), groups(result));
  }

  /** The container's groups of a successful check: the account's roles and every user's. */
  static Set<String> groups(LoginResult result) {
    Set<String> groups =
        result.roles().stream().map(Role::name).collect(Collectors.toCollection(HashSet::new));
    groups.add(Roles.USER);
    return groups;
  }
}

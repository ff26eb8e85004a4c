package vn.parindex.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitRepository;
import vn.parindex.shared.ConflictException;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.NotFoundException;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;
import vn.parindex.shared.Roles;
import vn.parindex.shared.Text;
import vn.parindex.shared.Violation;

/**
 * Accounts: the admin's use cases (open, edit, disable, reset) and each person's own (log in,
 * change password, choose a language). It never hands a password hash to its callers.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountService {
  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,49}";
  private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
  private static final Set<Role> ROLES_NEEDING_A_UNIT =
      EnumSet.of(Role.UNIT_LEADER, Role.UNIT_OFFICER, Role.APPRAISER);
  static final Set<String> LANGUAGES = Set.of("vi", "en");

  @Inject AccountRepository accounts;
  @Inject RequestAccount requestAccount;
  @Inject UnitRepository units;
  @Inject PasswordHashing hashing;
  @Inject Clock clock;
  @Resource SessionContext session;

  public List<Account> list() {
    return accounts.findAll().stream().sorted(Comparator.comparing(Account::getUsername)).toList();
  }

  /** A page of the accounts as the admin's list asks for it: searched, sorted and paged. */
  public ResultPage<Account> page(PageRequest request) {
    return accounts.page(request);
  }

  /**
   * Folds the search text of the accounts stored before it existed. Run once per start, before any
   * list is read; after the first start it finds none.
   */
  @PermitAll
  public int indexForSearch() {
    List<Account> unindexed = accounts.withoutSearchText();
    unindexed.forEach(Account::refreshSearchText);
    return unindexed.size();
  }

  public IssuedAccount create(NewAccount request) {
    List<Violation> problems = new ArrayList<>();
    String username = request.username() == null ? "" : request.username().strip();
    if (!username.matches(USERNAME_PATTERN)) {
      problems.add(Violation.ofField("username", "account.username.invalid"));
    }
    Set<Role> roles = parseRoles(request.roles(), problems);
    OrganisationUnit unit =
        validateDetails(request.fullName(), request.email(), request.unitCode(), roles, problems);
    if (request.password() != null) {
      Passwords.problem(request.password(), username)
          .ifPresent(key -> problems.add(Violation.ofField("password", key, Passwords.MIN_LENGTH)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("account.username.taken", username);
    }
    Account account = new Account(username, request.fullName(), clock.instant());
    applyDetails(account, request.email(), unit, roles);
    String oneTime = request.password() == null ? Passwords.generate() : null;
    account.setPasswordHash(hashing.hash(oneTime != null ? oneTime : request.password()), true);
    accounts.add(account);
    LOG.info(() -> "Account " + username + " opened by " + caller());
    return new IssuedAccount(account, oneTime);
  }

  public Account update(
      long id, long version, String fullName, String email, String unitCode, List<String> roles) {
    Account account = load(id);
    if (account.getVersion() != version) {
      throw new ConflictException("error.stale");
    }
    List<Violation> problems = new ArrayList<>();
    Set<Role> roleSet = parseRoles(roles, problems);
    OrganisationUnit unit = validateDetails(fullName, email, unitCode, roleSet, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    account.setFullName(fullName);
    applyDetails(account, email, unit, roleSet);
    return account;
  }

  public Account setEnabled(long id, boolean enabled) {
    Account account = load(id);
    if (!enabled && account.getUsername().equals(caller())) {
      throw new ConflictException("account.disableSelf");
    }
    account.setEnabled(enabled);
    LOG.info(() -> "Account " + account.getUsername() + " enabled=" + enabled + " by " + caller());
    return account;
  }

  /** Issues a one-time password and lifts any lock: the usual answer to "I am locked out". */
  public IssuedAccount resetPassword(long id) {
    Account account = load(id);
    String oneTime = Passwords.generate();
    account.setPasswordHash(hashing.hash(oneTime), true);
    account.throttle().reset();
    LOG.info(() -> "Password of " + account.getUsername() + " reset by " + caller());
    return new IssuedAccount(account, oneTime);
  }

  /**
   * Gives a nominated focal person an account of the unit with one role. A new account gets a
   * one-time password, to be shown once to the coordinator; an existing one keeps its password and
   * is only linked (name, e-mail, the role added), because re-nominating the same pair, or
   * correcting a phone number, must not lock its holders out. Resetting a password stays the
   * administrator's own action. An account of another unit, or one that administers or coordinates,
   * is never taken over by a nomination.
   */
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  public IssuedAccount issueForNomination(
      String username, String fullName, String email, OrganisationUnit unit, Role role) {
    List<Violation> problems = new ArrayList<>();
    validateDetails(fullName, email, unit.getCode(), EnumSet.of(role), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<Account> existing = accounts.findByUsername(username);
    if (existing.isPresent()) {
      Account account = existing.get();
      if (!linkable(account, unit)) {
        throw new ConflictException("account.nomination.foreign", username);
      }
      Set<Role> roles = EnumSet.of(role);
      roles.addAll(account.getRoles());
      account.setFullName(fullName);
      applyDetails(account, email, unit, roles);
      LOG.info(() -> "Account " + username + " linked to a nomination by " + caller());
      return new IssuedAccount(account, null);
    }
    Account account = new Account(username, fullName, clock.instant());
    accounts.add(account);
    applyDetails(account, email, unit, EnumSet.of(role));
    String oneTime = Passwords.generate();
    account.setPasswordHash(hashing.hash(oneTime), true);
    LOG.info(() -> "Account " + username + " opened for a nomination by " + caller());
    return new IssuedAccount(account, oneTime);
  }

  private static boolean linkable(Account account, OrganisationUnit unit) {
    boolean sameUnit =
        account.getUnit() != null && account.getUnit().getCode().equals(unit.getCode());
    boolean privileged =
        account.getRoles().contains(Role.ADMIN) || account.getRoles().contains(Role.COORDINATOR);
    return sameUnit && !privileged;
  }

  /**
   * Checks a password and counts failures. Unknown, disabled and wrong are the same answer to the
   * caller; only a lock is told, because the person must know to wait.
   */
  @PermitAll
  public LoginResult authenticate(String username, String password) {
    Instant now = clock.instant();
    Optional<Account> found = accounts.findByUsername(username == null ? "" : username.strip());
    if (found.isEmpty()) {
      hashing.spendTimeOnUnknownUser(password);
      return LoginResult.invalid();
    }
    Account account = found.get();
    if (account.isLocked(now)) {
      return LoginResult.locked(account.throttle().lockedUntil());
    }
    if (!hashing.matches(password, account.getPasswordHash()) || !account.isEnabled()) {
      Optional<Instant> lockedUntil = accounts.countFailedLogin(account.getId(), now);
      if (lockedUntil.isPresent()) {
        LOG.warning(() -> "Account " + account.getUsername() + " locked after failed logins");
        return LoginResult.locked(lockedUntil.get());
      }
      return LoginResult.invalid();
    }
    if (!accounts.clearFailedLogins(account.getId(), now)) {
      // A parallel guess locked it after it was read: the right password waits like anyone.
      return LoginResult.locked(now.plus(LoginThrottle.LOCK));
    }
    return LoginResult.success(account);
  }

  /**
   * Whether a session opened with {@code stamp} may go on: the account still exists, is enabled,
   * and has the password and roles it was opened with.
   */
  @PermitAll
  public boolean sessionStillValid(String username, String stamp) {
    return requestAccount
        .get(username)
        .filter(Account::isEnabled)
        .map(a -> a.credentialStamp().equals(stamp))
        .orElse(false);
  }

  @RolesAllowed(Roles.USER)
  /** Gives the new credential stamp, which the caller's own session carries on with. */
  public String changeOwnPassword(String current, String replacement) {
    Account account = load(caller());
    if (current == null || !hashing.matches(current, account.getPasswordHash())) {
      throw InvalidInputException.of(Violation.ofField("current", "password.currentWrong"));
    }
    Optional<String> problem = Passwords.problem(replacement, account.getUsername());
    if (problem.isPresent()) {
      throw InvalidInputException.of(
          Violation.ofField("replacement", problem.get(), Passwords.MIN_LENGTH));
    }
    if (replacement.equals(current)) {
      throw InvalidInputException.of(Violation.ofField("replacement", "password.unchanged"));
    }
    account.setPasswordHash(hashing.hash(replacement), false);
    return account.credentialStamp();
  }

  @RolesAllowed(Roles.USER)
  public void changeOwnLanguage(String language) {
    if (!LANGUAGES.contains(language)) {
      throw InvalidInputException.of(Violation.ofField("language", "account.language.invalid"));
    }
    load(caller()).setLanguage(language);
  }

  /**
   * Opens the first admin account on an empty installation. Returns the generated password, which
   * the caller must show once, or empty when a password was configured or accounts exist.
   */
  @PermitAll
  public Optional<String> openFirstAdmin(Optional<String> configuredPassword) {
    if (accounts.count() > 0) {
      return Optional.empty();
    }
    Account admin = new Account("admin", "Quản trị hệ thống", clock.instant());
    admin.setRoles(EnumSet.of(Role.ADMIN));
    configuredPassword.ifPresent(
        p ->
            Passwords.problem(p, "admin")
                .ifPresent(
                    key -> {
                      throw InvalidInputException.of(
                          Violation.ofField("PARINDEX_ADMIN_PASSWORD", key, Passwords.MIN_LENGTH));
                    }));
    String password = configuredPassword.orElseGet(Passwords::generate);
    admin.setPasswordHash(hashing.hash(password), configuredPassword.isEmpty());
    accounts.add(admin);
    return configuredPassword.isPresent() ? Optional.empty() : Optional.of(password);
  }

  private static Set<Role> parseRoles(List<String> names, List<Violation> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      try {
        roles.add(Role.valueOf(String.valueOf(name)));
      } catch (IllegalArgumentException e) {
        problems.add(Violation.ofField("roles", "account.role.unknown", name));
      }
    }
    return roles;
  }

  private OrganisationUnit validateDetails(
      String fullName, String email, String unitCode, Set<Role> roles, List<Violation> problems) {
    if (Text.nfc(fullName) == null) {
      problems.add(Violation.ofField("fullName", "account.fullName.required"));
    }
    String cleanEmail = Text.nfc(email);
    if (cleanEmail != null && !cleanEmail.matches(EMAIL_PATTERN)) {
      problems.add(Violation.ofField("email", "account.email.invalid"));
    }
    if (roles.isEmpty() && problems.stream().noneMatch(v -> "roles".equals(v.field()))) {
      problems.add(Violation.ofField("roles", "account.roles.required"));
    }
    String code = Text.nfc(unitCode);
    OrganisationUnit unit = null;
    if (code != null) {
      unit = units.findByCode(code).orElse(null);
      if (unit == null) {
        problems.add(Violation.ofField("unitCode", "account.unit.unknown", code));
      }
    } else if (roles.stream().anyMatch(ROLES_NEEDING_A_UNIT::contains)) {
      problems.add(Violation.ofField("unitCode", "account.unit.required"));
    }
    return unit;
  }

  private static void applyDetails(
      Account account, String email, OrganisationUnit unit, Set<Role> roles) {
    account.setEmail(email);
    account.setUnit(unit);
    account.setRoles(roles);
  }

  private Account load(long id) {
    return accounts
        .find(id)
        .orElseThrow(() -> new NotFoundException("account.notFound", String.valueOf(id)));
  }

  private Account load(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("account.notFound", username));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

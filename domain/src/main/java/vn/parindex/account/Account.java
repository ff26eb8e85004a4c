package vn.parindex.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.shared.Text;

/** A person who logs in: a focal officer, a leader, a coordinator, an appraiser or an admin. */
@Entity
@Table(name = "account")
public class Account implements Serializable {
  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Version private long version;

  @Column(nullable = false, unique = true, length = 50)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 200)
  private String email;

  @ManyToOne
  @JoinColumn(name = "unit_id")
  private OrganisationUnit unit;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(nullable = false, length = 5)
  private String language = "vi";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Embedded private LoginThrottle throttle = new LoginThrottle();

  /** Login, name, address and unit code folded ({@link Text#fold}): what the search looks in. */
  @Column(name = "search_text", length = 500)
  private String searchText;

  /** The full name folded: the list sorts by it the same way on H2 and PostgreSQL. */
  @Column(name = "name_key", length = 200)
  private String nameKey;

  protected Account() {}

  public Account(String username, String fullName, Instant createdAt) {
    this.username = username;
    this.fullName = Text.nfc(fullName);
    this.createdAt = createdAt;
    refreshSearchText();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = Text.nfc(fullName);
    refreshSearchText();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = Text.nfc(email);
    refreshSearchText();
  }

  public OrganisationUnit getUnit() {
    return unit;
  }

  public void setUnit(OrganisationUnit unit) {
    this.unit = unit;
    refreshSearchText();
  }

  /**
   * Folds login, name, address and unit code again into what the account list searches and sorts
   * by; accounts stored before these columns existed get theirs at the first start.
   */
  public final void refreshSearchText() {
    String unitCode = unit == null ? "" : unit.getCode();
    searchText =
        Text.fold(username + " " + fullName + " " + (email == null ? "" : email) + " " + unitCode);
    nameKey = Text.fold(fullName);
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public void setRoles(Set<Role> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  String getPasswordHash() {
    return passwordHash;
  }

  /** Sets a new password hash; a password set by someone else must be changed at the next login. */
  void setPasswordHash(String passwordHash, boolean mustChange) {
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChange;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public LoginThrottle throttle() {
    return throttle;
  }

  public boolean isLocked(Instant now) {
    return throttle.isLocked(now);
  }

  /**
   * What a session was opened on: the password, the roles and that the account is enabled. A
   * session whose stamp no longer matches (a reset, a new role, the account disabled) is over.
   */
  public String credentialStamp() {
    String basis =
        passwordHash
            + "|"
            + enabled
            + "|"
            + getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}

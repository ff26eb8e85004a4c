package vn.parindex.web.admin.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.account.Account;
import vn.parindex.account.AccountService;
import vn.parindex.account.IssuedAccount;
import vn.parindex.account.NewAccount;
import vn.parindex.account.Role;
import vn.parindex.organisation.OrganisationUnit;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.PagedRows;

/**
 * {@code app/admin/accounts.xhtml}: the admin finds accounts (a page at a time, searched and sorted
 * by the database), opens them, edits their unit and roles, disables them and resets passwords. A
 * generated password is shown once, in {@link #getIssuedPassword()}.
 */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountService accounts;
  @Inject UnitDirectory units;
  @Inject FacesMessages messages;

  private final PagedRows<Account> list =
      PagedRows.of((request, none) -> accounts.page(request), a -> String.valueOf(a.getId()));
  private List<OrganisationUnit> unitChoices;
  private Form form = new Form();
  private Long editedId;
  private long editedVersion;
  private String issuedFor;
  private String issuedPassword;

  /** The fields of the create/edit dialog. */
  public static class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private String username;
    private String fullName;
    private String email;
    private String unitCode;
    private List<String> roles = new ArrayList<>();

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getUnitCode() {
      return unitCode;
    }

    public void setUnitCode(String unitCode) {
      this.unitCode = unitCode;
    }

    public List<String> getRoles() {
      return roles;
    }

    public void setRoles(List<String> roles) {
      this.roles = roles;
    }
  }

  @PostConstruct
  void load() {
    unitChoices = units.list();
  }

  public void startCreate() {
    form = new Form();
    editedId = null;
    clearIssued();
  }

  public void startEdit(Account account) {
    form = new Form();
    form.setUsername(account.getUsername());
    form.setFullName(account.getFullName());
    form.setEmail(account.getEmail());
    form.setUnitCode(account.getUnit() == null ? null : account.getUnit().getCode());
    form.setRoles(account.getRoles().stream().map(Role::name).toList());
    editedId = account.getId();
    editedVersion = account.getVersion();
    clearIssued();
  }

  public void save() {
    if (editedId == null) {
      IssuedAccount issued =
          accounts.create(
              new NewAccount(
                  form.getUsername(),
                  form.getFullName(),
                  form.getEmail(),
                  form.getUnitCode(),
                  form.getRoles(),
                  null));
      issuedFor = issued.account().getUsername();
      issuedPassword = issued.oneTimePassword();
      messages.info("accounts.created", issuedFor);
    } else {
      accounts.update(
          editedId,
          editedVersion,
          form.getFullName(),
          form.getEmail(),
          form.getUnitCode(),
          form.getRoles());
      messages.info("accounts.updated", form.getUsername());
    }
  }

  /** Refused or not, the table (updated after) reads what is stored now. */
  public void toggleEnabled(Account account) {
    accounts.setEnabled(account.getId(), !account.isEnabled());
    messages.info(
        account.isEnabled() ? "accounts.disabled" : "accounts.enabled", account.getUsername());
  }

  public void resetPassword(Account account) {
    issuedFor = account.getUsername();
    issuedPassword = accounts.resetPassword(account.getId()).oneTimePassword();
    messages.info("accounts.passwordReset", issuedFor);
  }

  private void clearIssued() {
    issuedFor = null;
    issuedPassword = null;
  }

  /** The accounts a page at a time, searched and sorted by the database. */
  public PagedRows<Account> getAccounts() {
    return list;
  }

  public List<OrganisationUnit> getUnitChoices() {
    return unitChoices;
  }

  public Role[] getRoleChoices() {
    return Role.values();
  }

  public Form getForm() {
    return form;
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public String getIssuedFor() {
    return issuedFor;
  }

  public String getIssuedPassword() {
    return issuedPassword;
  }
}

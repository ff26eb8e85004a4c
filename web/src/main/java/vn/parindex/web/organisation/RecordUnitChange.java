package vn.parindex.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.parindex.account.Account;
import vn.parindex.reorganisation.RecordUnitEvent;
import vn.parindex.reorganisation.UnitEventDraft;
import vn.parindex.reorganisation.UnitEventKind;
import vn.parindex.web.shell.FacesMessages;

/**
 * The "record a change" dialog of {@code app/units.xhtml}: a decision that renames, merges, splits,
 * transfers or dissolves units, entered as the decision says it, with the new names; what became of
 * the ended units' accounts is said after.
 */
@Named
@ViewScoped
public class RecordUnitChange implements Serializable {
  /** New units (or a new name) the dialog offers room for; more through the API. */
  static final int NEW_NAMES = 3;

  private static final long serialVersionUID = 1L;

  @Inject RecordUnitEvent record;
  @Inject FacesMessages messages;

  private UnitEventKind kind = UnitEventKind.MERGE;
  private List<String> fromCodes = new ArrayList<>();
  private List<String> toCodes = new ArrayList<>();
  private LocalDate effectiveFrom;
  private String number;
  private LocalDate issuedOn;
  private String issuer;
  private List<NewName> names = blankNames();

  /** A unit the decision creates, or the new name of the one it renames. */
  public static class NewName implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String nameVi;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getNameVi() {
      return nameVi;
    }

    public void setNameVi(String nameVi) {
      this.nameVi = nameVi;
    }
  }

  private static List<NewName> blankNames() {
    List<NewName> blank = new ArrayList<>();
    for (int i = 0; i < NEW_NAMES; i++) {
      blank.add(new NewName());
    }
    return blank;
  }

  public void start() {
    kind = UnitEventKind.MERGE;
    fromCodes = new ArrayList<>();
    toCodes = new ArrayList<>();
    effectiveFrom = null;
    number = null;
    issuedOn = null;
    issuer = null;
    names = blankNames();
  }

  /**
   * Records the change. A unit named with a code among "new units" is one the change creates (or,
   * for a rename, the unit renamed), so it is among the units the change leads to without being
   * picked twice.
   */
  public void save() {
    Map<String, UnitEventDraft.Name> named = new LinkedHashMap<>();
    List<String> to = new ArrayList<>(toCodes);
    for (NewName name : names) {
      if (name.code != null && !name.code.isBlank()) {
        String code = name.code.strip();
        named.put(code, new UnitEventDraft.Name(name.nameVi, null));
        if (!to.contains(code) && kind != UnitEventKind.TRANSFER) {
          to.add(code);
        }
      }
    }
    RecordUnitEvent.Recorded recorded =
        record.record(
            new UnitEventDraft(
                kind.name(),
                fromCodes,
                to,
                effectiveFrom,
                named,
                new UnitEventDraft.Basis(number, issuedOn, issuer)));
    messages.info("unitEvent.saved", number);
    if (!recorded.moved().isEmpty()) {
      messages.info("unitEvent.accounts.moved", usernames(recorded.moved()), to.get(0));
    }
    if (!recorded.toMove().isEmpty()) {
      messages.warn("unitEvent.accounts.toMove", usernames(recorded.toMove()));
    }
  }

  /** Accounts as the messages list them: "ue.tttt, ue.khcn". */
  static String usernames(List<Account> accounts) {
    return accounts.stream().map(Account::getUsername).collect(Collectors.joining(", "));
  }

  public UnitEventKind[] getKinds() {
    return UnitEventKind.values();
  }

  public UnitEventKind getKind() {
    return kind;
  }

  public void setKind(UnitEventKind kind) {
    this.kind = kind;
  }

  public List<String> getFromCodes() {
    return fromCodes;
  }

  public void setFromCodes(List<String> fromCodes) {
    this.fromCodes = fromCodes;
  }

  public List<String> getToCodes() {
    return toCodes;
  }

  public void setToCodes(List<String> toCodes) {
    this.toCodes = toCodes;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public List<NewName> getNames() {
    return names;
  }
}

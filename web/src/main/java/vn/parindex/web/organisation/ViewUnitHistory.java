package vn.parindex.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.reorganisation.UnitEvent;
import vn.parindex.reorganisation.UnitHistory;
import vn.parindex.reorganisation.WithdrawUnitEvent;
import vn.parindex.shared.ConflictException;
import vn.parindex.web.shell.FacesMessages;
import vn.parindex.web.shell.Moments;

/**
 * The history dialog of {@code app/units.xhtml}: a unit's names and changes, earliest first, and
 * the withdrawal of its latest change when it was recorded by mistake.
 */
@Named
@ViewScoped
public class ViewUnitHistory implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitHistory history;
  @Inject WithdrawUnitEvent withdrawal;
  @Inject FacesMessages messages;
  @Inject Moments moments;

  private String code;
  // Read again from the code when the view comes back without it (another server, a restore).
  private transient UnitHistory.History shown;
  private String reason;

  public void show(String code) {
    this.code = code;
    this.reason = null;
    shown = history.of(code);
  }

  /** Units by code as the dialog lists them: "SKHDT, STC". */
  public String codes(List<String> codes) {
    return String.join(", ", codes);
  }

  public UnitHistory.History getShown() {
    if (shown == null && code != null) {
      shown = history.of(code);
    }
    return shown;
  }

  /** The unit's latest change still in force: the only one that may be withdrawn from here. */
  public UnitEvent getLatest() {
    UnitHistory.History current = getShown();
    if (current == null) {
      return null;
    }
    List<UnitEvent> inForce = current.events().stream().filter(e -> !e.isWithdrawn()).toList();
    return inForce.isEmpty() ? null : inForce.get(inForce.size() - 1);
  }

  /** The confirmation's question, naming the change and its day. */
  public String confirmation() {
    UnitEvent latest = getLatest();
    return latest == null
        ? ""
        : messages.text(
            "unitEvent.withdraw.confirm",
            messages.text("unitEvent.kind." + latest.getKind().name()),
            moments.date(latest.getEffectiveFrom()));
  }

  /** Withdraws the latest change with the reason typed, then shows the history as it now is. */
  public void withdraw() {
    UnitEvent latest = getLatest();
    if (latest == null) {
      throw new ConflictException("unitEvent.withdrawal.already");
    }
    WithdrawUnitEvent.Withdrawn withdrawn = withdrawal.withdraw(latest.getId(), reason);
    messages.info("unitEvent.withdrawn.done");
    if (!withdrawn.movedBack().isEmpty()) {
      messages.info(
          "unitEvent.withdrawn.accounts", RecordUnitChange.usernames(withdrawn.movedBack()));
    }
    // A unit the change had created is gone with it: the unit it came from is shown instead.
    UnitEvent event = withdrawn.event();
    show(event.createdCodes().contains(code) ? event.fromCodes().get(0) : code);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

package vn.parindex.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.parindex.reorganisation.UnitHistory;

/** The history dialog of {@code app/units.xhtml}: a unit's names and changes, earliest first. */
@Named
@ViewScoped
public class ViewUnitHistory implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject UnitHistory history;

  private transient UnitHistory.History shown;

  public void show(String code) {
    shown = history.of(code);
  }

  /** Units by code as the dialog lists them: "SKHDT, STC". */
  public String codes(List<String> codes) {
    return String.join(", ", codes);
  }

  public UnitHistory.History getShown() {
    return shown;
  }
}

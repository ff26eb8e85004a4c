package vn.parindex.web.organisation;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.parindex.organisation.UnitDirectory;
import vn.parindex.web.shell.UserPreferences;

/**
 * {@code #{province.name}}: the province the installation serves, as the sign-in and error pages
 * name it above the product: the PROVINCE unit's name in the reader's language, nothing before a
 * province unit exists. Read from the units, so a second province sees its own name.
 */
@Named("province")
@RequestScoped
public class ProvinceName {
  @Inject UnitDirectory directory;
  @Inject UserPreferences preferences;

  private String name;

  public String getName() {
    if (name == null) {
      try {
        name = directory.province().map(unit -> unit.name(preferences.getLanguage())).orElse("");
      } catch (EJBException e) {
        // The error pages use this header too, and must show when the database is what failed
        // (the container hands a failed read over as an EJBException).
        name = "";
      }
    }
    return name;
  }

  /** Whether the page has a province to name. */
  public boolean isKnown() {
    return !getName().isEmpty();
  }
}

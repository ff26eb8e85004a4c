package vn.parindex.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import vn.parindex.account.AccountService;

/**
 * The language of the pages: Vietnamese unless the person chose English. The choice is kept in the
 * session and, once logged in, in the account, so it follows the person to another computer.
 */
@Named("preferences")
@RequestScoped
public class UserPreferences {
  public static final String SESSION_LANGUAGE = "parindex.language";

  @Inject HttpServletRequest request;
  @Inject AccountService accounts;

  public String getLanguage() {
    var session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(SESSION_LANGUAGE);
    return chosen instanceof String language ? language : "vi";
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public void switchTo(String language) throws IOException {
    if (!"vi".equals(language) && !"en".equals(language)) {
      return;
    }
    request.getSession(true).setAttribute(SESSION_LANGUAGE, language);
    if (request.getUserPrincipal() != null) {
      accounts.changeOwnLanguage(language);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(Locale.forLanguageTag(language));
    faces.getExternalContext().redirect(samePage(faces));
  }

  /**
   * The page being read, with its view parameters: a campaign's page reloads on the same campaign
   * (the bare URI would lose {@code ?id=…} and land on a page without its subject).
   */
  private static String samePage(FacesContext faces) {
    String viewId = faces.getViewRoot().getViewId();
    return faces.getApplication().getViewHandler().getRedirectURL(faces, viewId, Map.of(), true);
  }
}

package vn.parindex.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.parindex.account.AccountService;
import vn.parindex.shared.DatabaseReady;

/**
 * Opens the {@code admin} account on the first start. Its password is {@code
 * PARINDEX_ADMIN_PASSWORD} when set; otherwise one is generated, written to the log this once, and
 * must be changed at the first login. There is no default password to leak. The same start folds
 * the search text of accounts stored before it existed, so that the account list finds them.
 */
@ApplicationScoped
public class InitialAdmin {
  private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

  @Inject AccountService accounts;

  @Inject
  @ConfigProperty(name = "parindex.admin.password")
  Optional<String> configuredPassword;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    accounts
        .openFirstAdmin(configuredPassword.filter(p -> !p.isBlank()))
        .ifPresent(
            generated ->
                LOG.warning(
                    "\n==========================================================\n"
                        + " First start: account 'admin' created.\n"
                        + " One-time password: "
                        + generated
                        + "\n"
                        + " It must be changed at the first login.\n"
                        + "=========================================================="));
    int indexed = accounts.indexForSearch();
    if (indexed > 0) {
      LOG.info(() -> "Folded the search text of " + indexed + " accounts");
    }
  }
}

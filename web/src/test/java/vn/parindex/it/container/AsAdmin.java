package vn.parindex.it.container;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import vn.parindex.shared.Roles;

/** Calls services the way a logged-in administrator would, from inside the container. */
@Stateless
@RunAs(Roles.ADMIN)
@DeclareRoles(Roles.ADMIN)
@PermitAll
public class AsAdmin {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}

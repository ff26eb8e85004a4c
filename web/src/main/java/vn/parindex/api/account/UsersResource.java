package vn.parindex.api.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.parindex.account.Account;
import vn.parindex.account.AccountService;
import vn.parindex.account.IssuedAccount;
import vn.parindex.account.NewAccount;
import vn.parindex.account.Role;
import vn.parindex.api.problem.Bodies;
import vn.parindex.shared.InvalidInputException;
import vn.parindex.shared.MaxLength;
import vn.parindex.shared.Violation;

/** Accounts for scripts that onboard many units at once; the admin page does the same by hand. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class UsersResource {
  @Inject AccountService accounts;

  /** The request to open an account; a missing password means "generate one". */
  public record CreateUser(
      @MaxLength(50) String username,
      @MaxLength(200) String fullName,
      @MaxLength(200) String email,
      @MaxLength(30) String unitCode,
      List<String> roles,
      String password) {}

  /** An account as the API shows it; {@code oneTimePassword} only in the answer to a creation. */
  public record UserJson(
      long id,
      String username,
      String fullName,
      String email,
      String unitCode,
      List<String> roles,
      boolean enabled,
      boolean mustChangePassword,
      String oneTimePassword) {
    static UserJson of(Account a, String oneTimePassword) {
      return new UserJson(
          a.getId(),
          a.getUsername(),
          a.getFullName(),
          a.getEmail(),
          a.getUnit() == null ? null : a.getUnit().getCode(),
          a.getRoles().stream().map(Role::name).toList(),
          a.isEnabled(),
          a.isMustChangePassword(),
          oneTimePassword);
    }
  }

  @GET
  public List<UserJson> list() {
    return accounts.list().stream().map(a -> UserJson.of(a, null)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CreateUser request, @Context UriInfo uri) {
    if (request == null) {
      throw InvalidInputException.of(Violation.ofField("body", "error.bodyRequired"));
    }
    IssuedAccount issued =
        accounts.create(
            new NewAccount(
                request.username(),
                request.fullName(),
                request.email(),
                request.unitCode(),
                request.roles(),
                request.password()));
    Account account = issued.account();
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(account.getId())).build())
        .entity(UserJson.of(account, issued.oneTimePassword()))
        .build();
  }

  /** Whether an account may sign in; disabling ends its open sessions. */
  public record EnabledJson(Boolean enabled) {}

  @PUT
  @Path("{id}/enabled")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserJson setEnabled(@PathParam("id") long id, EnabledJson request) {
    EnabledJson r = Bodies.required(request);
    if (r.enabled() == null) {
      throw InvalidInputException.of(Violation.ofField("enabled", "error.bodyRequired"));
    }
    return UserJson.of(accounts.setEnabled(id, r.enabled()), null);
  }

  /** A new one-time password, given once; it lifts a lock and ends the account's open sessions. */
  @POST
  @Path("{id}/password-reset")
  public UserJson resetPassword(@PathParam("id") long id) {
    IssuedAccount reset = accounts.resetPassword(id);
    return UserJson.of(reset.account(), reset.oneTimePassword());
  }

  /** The caller's own password, as on the password page. */
  public record OwnPasswordJson(String current, String replacement) {}

  /**
   * The caller sets their own password: the one request an account with a password someone else set
   * may make. 204; 422 naming the field when the current one is wrong or the new one weak.
   */
  @PUT
  @Path("me/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeOwnPassword(OwnPasswordJson request) {
    OwnPasswordJson r = Bodies.required(request);
    accounts.changeOwnPassword(r.current(), r.replacement());
    return Response.noContent().build();
  }
}

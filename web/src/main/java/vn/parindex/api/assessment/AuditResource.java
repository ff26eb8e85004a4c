package vn.parindex.api.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.parindex.assessment.AuditChain;
import vn.parindex.assessment.AuditTrail;

/** {@code campaigns/{id}/audit-check}: whether the campaign's audit trail is as it was written. */
@Path("campaigns/{id}/audit-check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class AuditResource {
  @Inject AuditTrail trail;

  /** How many entries were read, whether the chain holds, and where it breaks if not. */
  public record AuditCheckJson(long entries, boolean intact, Long brokenAt) {}

  @GET
  public AuditCheckJson check(@PathParam("id") long id) {
    AuditChain.Check check = trail.check(id);
    return new AuditCheckJson(check.entries(), check.intact(), check.brokenAt());
  }
}

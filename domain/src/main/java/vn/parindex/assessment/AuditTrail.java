package vn.parindex.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.parindex.shared.Roles;

/**
 * Sở Nội vụ checks that a campaign's audit trail is as it was written: every entry in its place in
 * the chain, none changed, none missing at the end ({@link AuditChain}).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class AuditTrail {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @Inject AssessmentRepository assessments;
  @Inject LeafResolver leaves;

  public AuditChain.Check check(long campaignId) {
    long id = leaves.campaign(campaignId).getId();
    AuditChain.Check check = AuditChain.check(assessments.chain(id), assessments.auditHead(id));
    if (!check.intact()) {
      LOG.severe(() -> "Audit trail of campaign " + id + " broken at entry " + check.brokenAt());
    }
    return check;
  }
}

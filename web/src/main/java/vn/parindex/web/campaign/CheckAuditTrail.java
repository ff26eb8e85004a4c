package vn.parindex.web.campaign;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.parindex.assessment.AuditChain;
import vn.parindex.assessment.AuditTrail;
import vn.parindex.web.shell.FacesMessages;

/** The campaign page's check of its audit trail, for Sở Nội vụ. */
@Named
@RequestScoped
public class CheckAuditTrail {
  @Inject AuditTrail trail;
  @Inject FacesMessages messages;

  public void check(long campaignId) {
    AuditChain.Check check = trail.check(campaignId);
    if (check.intact()) {
      messages.info("audit.intact", check.entries());
    } else {
      messages.error(null, "audit.broken", check.brokenAt(), check.entries());
    }
  }
}

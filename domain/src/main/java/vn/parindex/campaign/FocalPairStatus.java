package vn.parindex.campaign;

import java.io.Serializable;
import vn.parindex.organisation.OrganisationUnit;

/**
 * A unit that must nominate a focal pair, with its pair when nominated; overdue once the nomination
 * deadline has passed without one.
 */
public record FocalPairStatus(OrganisationUnit unit, FocalPair pair, boolean overdue)
    implements Serializable {
  public boolean nominated() {
    return pair != null;
  }
}

package vn.parindex.account;

/** What an account may do; the names are the container's role names (see Roles). */
public enum Role {
  /** Manages accounts and the installation. */
  ADMIN,
  /** The PAR office of Sở Nội vụ: runs campaigns, chases units, consolidates, reports. */
  COORDINATOR,
  /** The leader of a unit's focal pair: approves the unit's self-assessment. */
  UNIT_LEADER,
  /** The focal officer of a unit: scores, attaches evidence, submits. */
  UNIT_OFFICER,
  /** A lead department's officer who appraises other units' scores. */
  APPRAISER,
  /** Reads published results. */
  VIEWER
}

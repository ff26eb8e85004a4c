package vn.parindex.shared;

/** Role names as the container knows them, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String COORDINATOR = "COORDINATOR";
  public static final String UNIT_LEADER = "UNIT_LEADER";
  public static final String UNIT_OFFICER = "UNIT_OFFICER";
  public static final String APPRAISER = "APPRAISER";
  public static final String VIEWER = "VIEWER";

  /**
   * Every signed-in account, whatever its other roles: what services open to all users require, so
   * that the list of six roles is not repeated on each of them. Never stored on an account.
   */
  public static final String USER = "USER";

  private Roles() {}
}

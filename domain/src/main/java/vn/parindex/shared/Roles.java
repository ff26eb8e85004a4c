package vn.parindex.shared;

/** Role names as the container knows them, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String COORDINATOR = "COORDINATOR";
  public static final String UNIT_LEADER = "UNIT_LEADER";
  public static final String UNIT_OFFICER = "UNIT_OFFICER";
  public static final String APPRAISER = "APPRAISER";
  public static final String VIEWER = "VIEWER";

  private Roles() {}
}

package vn.parindex.reorganisation;

/**
 * What a decision did to units: each kind names which units it starts from and which it leads to.
 */
public enum UnitEventKind {
  /** One unit takes a new name; from and to are the same unit. */
  RENAME(1, 1, 0, 1),
  /** Several units become one: an existing one that absorbs the others, or a new one. */
  MERGE(2, Integer.MAX_VALUE, 1, 1),
  /** One unit becomes several: itself among them if it continues, and new ones. */
  SPLIT(1, 1, 2, Integer.MAX_VALUE),
  /** One unit moves under another parent; to is the new parent. */
  TRANSFER(1, 1, 1, 1),
  /** Units cease to exist without a successor. */
  DISSOLVE(1, Integer.MAX_VALUE, 0, 0);

  private final int minFrom;
  private final int maxFrom;
  private final int minTo;
  private final int maxTo;

  UnitEventKind(int minFrom, int maxFrom, int minTo, int maxTo) {
    this.minFrom = minFrom;
    this.maxFrom = maxFrom;
    this.minTo = minTo;
    this.maxTo = maxTo;
  }

  /** Whether the event may start from {@code from} units and lead to {@code to} units. */
  boolean counts(int from, int to) {
    return from >= minFrom && from <= maxFrom && to >= minTo && to <= maxTo;
  }

  /** Whether the units it leads to succeed those it starts from (not so for a new parent). */
  public boolean succeeds() {
    return this == MERGE || this == SPLIT;
  }
}

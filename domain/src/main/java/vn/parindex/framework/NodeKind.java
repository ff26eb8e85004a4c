package vn.parindex.framework;

/** The three levels of the official tables: lĩnh vực, tiêu chí, tiêu chí thành phần. */
public enum NodeKind {
  FIELD,
  CRITERION,
  SUB_CRITERION;

  public static NodeKind ofDepth(int depth) {
    return values()[depth - 1];
  }

  public int level() {
    return ordinal() + 1;
  }
}

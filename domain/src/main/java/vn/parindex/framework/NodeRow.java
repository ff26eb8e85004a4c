package vn.parindex.framework;

import java.util.List;

/**
 * One row of the framework table as it stands in a file, cells as text. The layout extends the
 * header of the 2022 reference file: {@code
 * code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params,scoring_guidance,evidence_guidance}.
 * A node is verified unless its notes say UNVERIFIED.
 */
public record NodeRow(
    int row,
    String code,
    String parentCode,
    String level,
    String nameVi,
    String nameEn,
    String maxScore,
    String method,
    String notes,
    String rule,
    String ruleParams,
    String scoringGuidance,
    String evidenceGuidance) {

  public static final List<String> COLUMNS =
      List.of(
          "code",
          "parent_code",
          "level",
          "name_vi",
          "name_en",
          "max_score",
          "method",
          "notes",
          "rule",
          "rule_params",
          "scoring_guidance",
          "evidence_guidance");

  /** The columns of the 2022 reference file; the others may be absent from a file. */
  public static final int REQUIRED_COLUMNS = 8;

  public static final String UNVERIFIED = "UNVERIFIED";

  public static NodeRow of(int row, List<String> cells) {
    String[] c = new String[COLUMNS.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = i < cells.size() ? cells.get(i).strip() : "";
    }
    return new NodeRow(
        row, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]);
  }

  public List<String> cells() {
    return List.of(
        code,
        parentCode,
        level,
        nameVi,
        nameEn,
        maxScore,
        method,
        notes,
        rule,
        ruleParams,
        scoringGuidance,
        evidenceGuidance);
  }
}

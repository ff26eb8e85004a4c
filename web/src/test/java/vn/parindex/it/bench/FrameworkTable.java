package vn.parindex.it.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A framework's table of a chosen number of leaves, shaped like Bảng 2: 8 fields up to 88 leaves,
 * 10 beyond, each field of criteria of up to three leaves; leaves alternate pass/fail (1 point) and
 * scored by 0.5 (2 points). The titles are the benchmark's own, not official ones.
 */
record FrameworkTable(String csv, List<String> leaves, List<String> fields, BigDecimal total) {
  private static final int LEAVES_PER_CRITERION = 3;

  static FrameworkTable of(int leafCount) {
    int fieldCount = leafCount <= 88 ? 8 : 10;
    StringBuilder rows =
        new StringBuilder(
            "code,parent_code,level,name_vi,name_en,max_score,method,notes,rule,rule_params\n");
    List<String> leaves = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    int total = 0;
    int next = 0;
    for (int f = 1; f <= fieldCount; f++) {
      int inField = leafCount / fieldCount + (f <= leafCount % fieldCount ? 1 : 0);
      StringBuilder below = new StringBuilder();
      int fieldMax = 0;
      for (int c = 1; c <= (inField + LEAVES_PER_CRITERION - 1) / LEAVES_PER_CRITERION; c++) {
        String criterion = f + "." + c;
        StringBuilder criterionLeaves = new StringBuilder();
        int criterionMax = 0;
        for (int k = 1;
            k <= LEAVES_PER_CRITERION && (c - 1) * LEAVES_PER_CRITERION + k <= inField;
            k++) {
          String leaf = criterion + "." + k;
          boolean binary = next++ % 2 == 0;
          int max = binary ? 1 : 2;
          criterionMax += max;
          leaves.add(leaf);
          criterionLeaves.append(
              row(
                  leaf,
                  criterion,
                  3,
                  "Tiêu chí thành phần " + leaf,
                  max,
                  binary ? "BINARY," : "MANUAL,step=0.5"));
        }
        fieldMax += criterionMax;
        below.append(
            row(criterion, String.valueOf(f), 2, "Tiêu chí " + criterion, criterionMax, ","));
        below.append(criterionLeaves);
      }
      total += fieldMax;
      fields.add(String.valueOf(f));
      rows.append(row(String.valueOf(f), "", 1, "Lĩnh vực " + f, fieldMax, ",")).append(below);
    }
    return new FrameworkTable(rows.toString(), leaves, fields, BigDecimal.valueOf(total));
  }

  /** Every field appraised by Sở Nội vụ. */
  String assignmentToSnv() {
    StringBuilder csv =
        new StringBuilder("scope_code,scope_kind,lead_unit_code,except_codes,source\n");
    for (String field : fields) {
      csv.append(field).append(",FIELD,SNV,,\n");
    }
    return csv.toString();
  }

  private static String row(
      String code, String parent, int level, String name, int max, String rule) {
    return code + "," + parent + "," + level + "," + name + ",," + max + ",SELF,," + rule + "\n";
  }
}

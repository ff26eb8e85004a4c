package vn.parindex.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** An assignment rule as a campaign keeps it; lists are stored semicolon-separated. */
@Embeddable
public class StoredRule implements Serializable {
  @Column(name = "row_no", nullable = false)
  private int rowNo;

  @Column(name = "scope_code", nullable = false, length = 20)
  private String scopeCode;

  @Column(name = "lead_unit_code", nullable = false, length = 30)
  private String leadUnitCode;

  @Column(name = "except_codes", length = 1000)
  private String exceptCodes;

  @Column(name = "coordinating_unit_codes", length = 1000)
  private String coordinatingUnitCodes;

  protected StoredRule() {}

  StoredRule(AssignmentRow row) {
    this.rowNo = row.row();
    this.scopeCode = row.scopeCode();
    this.leadUnitCode = row.leadUnitCode();
    this.exceptCodes = String.join(";", row.exceptCodes());
    this.coordinatingUnitCodes = String.join(";", row.coordinatingUnitCodes());
  }

  AssignmentRow toRow() {
    return new AssignmentRow(
        rowNo, scopeCode, leadUnitCode, split(exceptCodes), split(coordinatingUnitCodes));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
  }
}

package vn.parindex.budget;

/** The groups of the exercise's costs, in the order the estimate lists them. */
public enum BudgetGroup {
  SURVEY("Điều tra xã hội học"),
  MEETINGS("Hội nghị, tập huấn, hướng dẫn"),
  EVIDENCE("Thu thập, số hóa tài liệu kiểm chứng"),
  SOFTWARE("Phần mềm, hạ tầng công nghệ thông tin"),
  ALLOWANCES("Bồi dưỡng, thù lao"),
  OTHER("Chi khác");

  private final String documentLabel;

  BudgetGroup(String documentLabel) {
    this.documentLabel = documentLabel;
  }

  /** Its name in the estimate sent to Sở Tài chính, which stays Vietnamese. */
  public String documentLabel() {
    return documentLabel;
  }

  public String messageKey() {
    return "budget.group." + name();
  }
}

package vn.parindex.it.support;

/** The leaders' survey lists the tests load: five people of Sở Nội vụ and Sở Tư pháp. */
public final class SurveyLists {
  /** Three of Sở Nội vụ (one with the Ministry's code BNV-0001), two of Sở Tư pháp. */
  public static final String FIVE =
      "unit_code,full_name,position,code\n"
          + "SNV,Nguyễn Văn An,Giám đốc,BNV-0001\n"
          + "SNV,Trần Thị Bình,Phó Giám đốc,\n"
          + "SNV,Lê Văn Cường,Trưởng phòng,\n"
          + "STP,Phạm Thị Dung,Giám đốc,BNV-0004\n"
          + "STP,Hoàng Văn Em,Phó Giám đốc,\n";

  private SurveyLists() {}
}

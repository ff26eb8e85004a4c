package vn.parindex.web.appraisal;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.parindex.appraisal.AppraisalRow;
import vn.parindex.appraisal.AppraisalSheet;

/**
 * The appraisal sheet for the page's table, a page at a time from {@link AppraisalSheet}. The one
 * filter is the subject's code.
 */
public class AppraisalRows extends LazyDataModel<AppraisalRow> {
  private static final long serialVersionUID = 1L;
  private static final String SUBJECT = "subject.code";

  private final AppraisalSheet sheet;
  private final long campaignId;

  AppraisalRows(AppraisalSheet sheet, long campaignId) {
    this.sheet = sheet;
    this.campaignId = campaignId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return sheet.page(campaignId, 0, 0, subject(filterBy)).total();
  }

  @Override
  public List<AppraisalRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    AppraisalSheet.Page page = sheet.page(campaignId, first, pageSize, subject(filterBy));
    setRowCount(page.total());
    return page.rows();
  }

  @Override
  public String getRowKey(AppraisalRow row) {
    return row.getSubject().getCode() + "/" + row.getNode().getCode();
  }

  private static String subject(Map<String, FilterMeta> filterBy) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(SUBJECT);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

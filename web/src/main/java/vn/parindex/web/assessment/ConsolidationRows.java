package vn.parindex.web.assessment;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.parindex.assessment.Consolidation;
import vn.parindex.assessment.ConsolidationPage;
import vn.parindex.assessment.WorkspaceLeaf;

/**
 * The consolidation's leaves for the page's table, a page at a time from {@link Consolidation}: the
 * table never holds a campaign's every leaf. The one filter is the lead unit's code.
 */
public class ConsolidationRows extends LazyDataModel<WorkspaceLeaf> {
  private static final long serialVersionUID = 1L;
  static final String LEAD = "leadUnitCode";

  private final Consolidation consolidation;
  private final long campaignId;

  ConsolidationRows(Consolidation consolidation, long campaignId) {
    this.consolidation = consolidation;
    this.campaignId = campaignId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return consolidation.page(campaignId, 0, 0, lead(filterBy)).total();
  }

  @Override
  public List<WorkspaceLeaf> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ConsolidationPage page = consolidation.page(campaignId, first, pageSize, lead(filterBy));
    setRowCount(page.total());
    return page.rows();
  }

  @Override
  public String getRowKey(WorkspaceLeaf leaf) {
    return leaf.getSubject().getCode() + "/" + leaf.getCode();
  }

  private static String lead(Map<String, FilterMeta> filterBy) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(LEAD);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

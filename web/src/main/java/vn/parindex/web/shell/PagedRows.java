package vn.parindex.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.parindex.shared.PageRequest;
import vn.parindex.shared.ResultPage;

/**
 * A lazy table's rows, read a page at a time by a use case, never the whole list: the consolidation
 * and the appraisal sheet of 400 units are 60,000 rows, a province's accounts thousands. The
 * table's sort and its search box (PrimeFaces' global filter, an input {@code globalFilter} in the
 * table's header, which also takes the table back to its first page) go to the use case, which has
 * the database search and sort; one column may also filter, by an exact value.
 *
 * <p>PrimeFaces asks for the count and then for the page, in the same request. A use case answers
 * both at once (it reads the campaign, walks the grid and counts while it pages), so the count
 * reads the page the table is about to show and keeps it for the rest of the request: the
 * consolidation read its campaign twice per render before.
 */
public class PagedRows<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Reads the page the request names, filtered by {@code value} when it is given. */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    ResultPage<T> load(PageRequest request, String value);
  }

  /** A row's key for the table. */
  @FunctionalInterface
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final String filterField;
  private final Loader<T> loader;
  private final Key<T> key;

  public PagedRows(String filterField, Loader<T> loader, Key<T> key) {
    this.filterField = filterField;
    this.loader = loader;
    this.key = key;
  }

  /** A table without a column filter. */
  public static <T> PagedRows<T> of(Loader<T> loader, Key<T> key) {
    return new PagedRows<>(null, loader, key);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent table = context == null ? null : UIComponent.getCurrentComponent(context);
    if (!(table instanceof UIData data)) {
      return loader.load(request(0, 0, Map.of(), filterBy), filter(filterBy)).total();
    }
    // The sort is the one load() will be given: the table's, read the way PrimeFaces reads it.
    Map<String, SortMeta> sortBy = table instanceof DataTable t ? t.getActiveSortMeta() : Map.of();
    Read read =
        new Read(request(data.getFirst(), data.getRows(), sortBy, filterBy), filter(filterBy));
    ResultPage<T> page = loader.load(read.request(), read.value());
    context.getAttributes().put(this, new Kept<>(read, page));
    return page.total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Read read = new Read(request(first, pageSize, sortBy, filterBy), filter(filterBy));
    ResultPage<T> page = kept(read);
    if (page == null) {
      page = loader.load(read.request(), read.value());
    }
    setRowCount(page.total());
    return page.rows();
  }

  /** The page count() read in this request, when it is the one asked for now; used once. */
  @SuppressWarnings("unchecked")
  private ResultPage<T> kept(Read read) {
    FacesContext context = FacesContext.getCurrentInstance();
    Object kept = context == null ? null : context.getAttributes().remove(this);
    return kept instanceof Kept<?> k && k.read().equals(read) ? (ResultPage<T>) k.page() : null;
  }

  /** What a read asked the use case for. */
  private record Read(PageRequest request, String value) {}

  /** A page read by count(), with what it was read for. */
  private record Kept<T>(Read read, ResultPage<T> page) {}

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  private static PageRequest request(
      int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort =
        sortBy == null
            ? null
            : sortBy.values().stream()
                .filter(s -> !s.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
    return new PageRequest(
        first,
        size,
        value(filterBy, FilterMeta.GLOBAL_FILTER_KEY),
        sort == null ? null : sort.getField(),
        sort != null && sort.getOrder() == SortOrder.DESCENDING);
  }

  private String filter(Map<String, FilterMeta> filterBy) {
    return filterField == null ? null : value(filterBy, filterField);
  }

  private static String value(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

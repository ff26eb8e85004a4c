package vn.parindex.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table's rows, read a page at a time by a use case, never the whole list: the consolidation
 * and the appraisal sheet of 400 units are 60,000 rows. One column may filter, by an exact value
 * passed to the loader.
 */
public class PagedRows<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** A page of rows and how many all pages hold. */
  public record Page<T>(List<T> rows, int total) {}

  /** Reads rows {@code first} to {@code first + size}, filtered by {@code value} when given. */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    Page<T> load(int first, int size, String value);
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

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return loader.load(0, 0, filter(filterBy)).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = loader.load(first, pageSize, filter(filterBy));
    setRowCount(page.total());
    return page.rows();
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  private String filter(Map<String, FilterMeta> filterBy) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(filterField);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

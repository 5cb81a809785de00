package org.quicksilver.web.platform;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.quicksilver.platform.PageQuery;

/**
 * A PrimeFaces table model that asks a service for one page at a time: the count and the page are
 * two database queries, whatever the size of the list.
 */
public class PagedList<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Loads one page; the function is kept in view state, so it must be Serializable. */
  public interface Loader<T> extends Function<PageQuery, List<T>>, Serializable {}

  /** Counts the rows the filters match. */
  public interface Counter extends Function<Map<String, String>, Long>, Serializable {}

  /** The row's key, for selection. */
  public interface Key<T> extends Function<T, String>, Serializable {}

  private final Loader<T> loader;
  private final Counter counter;
  private final Key<T> key;
  private Map<String, String> lastFilters = Map.of();
  private Map<String, String> fixed = Map.of();

  public PagedList(Loader<T> loader, Counter counter, Key<T> key) {
    this.loader = loader;
    this.counter = counter;
    this.key = key;
  }

  /**
   * The same list always filtered on a field (a donor's receipts on the donor's page). The service
   * still applies its own scope: this narrows what the page shows, it grants nothing.
   */
  public PagedList<T> restrictedTo(String field, String value) {
    Map<String, String> restricted = new HashMap<>(fixed);
    restricted.put(field, value);
    fixed = Map.copyOf(restricted);
    return this;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    lastFilters = filters(filterBy, fixed);
    return Math.toIntExact(counter.apply(lastFilters));
  }

  /** The filters the table last showed, so that an export holds the same rows. */
  public Map<String, String> getLastFilters() {
    return Map.copyOf(lastFilters);
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sortField = null;
    boolean ascending = true;
    for (SortMeta sort : sortBy.values()) {
      sortField = sort.getField();
      ascending = sort.getOrder().isAscending();
      break;
    }
    return loader.apply(
        new PageQuery(first, pageSize, sortField, ascending, filters(filterBy, fixed)));
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
  }

  private static Map<String, String> filters(
      Map<String, FilterMeta> filterBy, Map<String, String> fixed) {
    Map<String, String> filters = new HashMap<>();
    filterBy.forEach(
        (field, meta) -> {
          Object value = meta.getFilterValue();
          if (value != null && !value.toString().isBlank()) {
            filters.put(meta.getField() != null ? meta.getField() : field, value.toString());
          }
        });
    filters.putAll(fixed);
    return filters;
  }
}

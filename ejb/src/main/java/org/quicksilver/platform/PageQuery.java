package org.quicksilver.platform;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list as the user asked for it: offset, size, sort and filters by field name. The
 * services map field names to columns through a whitelist, so a crafted field name sorts nothing.
 */
public record PageQuery(
    int first, int size, String sortField, boolean ascending, Map<String, String> filters)
    implements Serializable {

  public static final int MAX_PAGE_SIZE = 200;

  public PageQuery {
    if (first < 0) {
      first = 0;
    }
    if (size <= 0 || size > MAX_PAGE_SIZE) {
      size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  public static PageQuery firstPage(int size) {
    return new PageQuery(0, size, null, true, Map.of());
  }

  public PageQuery sortedBy(String field, boolean asc) {
    return new PageQuery(first, size, field, asc, filters);
  }

  public PageQuery filteredBy(String field, String value) {
    var copy = new java.util.HashMap<>(filters);
    copy.put(field, value);
    return new PageQuery(first, size, sortField, ascending, copy);
  }
}

package org.quicksilver.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A list that pages, sorts and filters in the database: one query for the page (a constructor
 * expression into the row type, so no entity and no lazy relation is loaded) and one for the count.
 * Only whitelisted field names reach the query.
 *
 * @param <E> the entity listed
 * @param <R> the row read model
 */
public final class ListQuery<E, R> {
  private final Class<E> entity;
  private final Class<R> row;
  private final Map<String, Function<Root<E>, Path<?>>> fields = new LinkedHashMap<>();
  private Columns<E> selection;
  private String defaultSort;
  private String idAttribute = "id";

  private ListQuery(Class<E> entity, Class<R> row) {
    this.entity = entity;
    this.row = row;
  }

  public static <E, R> ListQuery<E, R> of(Class<E> entity, Class<R> row) {
    return new ListQuery<>(entity, row);
  }

  /** A field the user may sort and filter by. */
  public ListQuery<E, R> field(String name, Function<Root<E>, Path<?>> path) {
    fields.put(name, path);
    return this;
  }

  /** The constructor arguments of the row type, in order. */
  public ListQuery<E, R> select(Function<Root<E>, List<Selection<?>>> columns) {
    this.selection = (root, query, cb) -> columns.apply(root);
    return this;
  }

  /** The same, for columns that need the query (subqueries such as a sum of related rows). */
  public ListQuery<E, R> selectWithQuery(Columns<E> columns) {
    this.selection = columns;
    return this;
  }

  /** Builds the selected columns of a row from the query's root. */
  @FunctionalInterface
  public interface Columns<E> {
    List<Selection<?>> of(Root<E> root, CriteriaQuery<?> query, CriteriaBuilder cb);
  }

  /** The unique attribute that breaks ties, when the entity's id is not called {@code id}. */
  public ListQuery<E, R> uniqueBy(String attribute) {
    this.idAttribute = attribute;
    return this;
  }

  public ListQuery<E, R> defaultSort(String field) {
    this.defaultSort = field;
    return this;
  }

  /** A left join that is made once per query root, however many fields use it. */
  public static <X> Join<X, ?> leftJoin(From<?, X> from, String attribute) {
    for (Join<X, ?> join : from.getJoins()) {
      if (join.getAttribute().getName().equals(attribute)) {
        return join;
      }
    }
    return from.join(attribute, JoinType.LEFT);
  }

  /**
   * A condition the service adds to every query of a list, whatever the filters: the records the
   * user may see (a subquery such as an {@code exists}).
   */
  @FunctionalInterface
  public interface Restriction<E> {
    Predicate of(Root<E> root, CommonAbstractCriteria query, CriteriaBuilder cb);

    static <E> Restriction<E> none() {
      return (root, query, cb) -> cb.conjunction();
    }
  }

  /** The rows of one page, sorted and filtered. */
  public List<R> rows(EntityManager em, PageQuery query) {
    return rows(em, query, Restriction.none());
  }

  /** The rows of one page, sorted and filtered, among those the restriction lets through. */
  public List<R> rows(EntityManager em, PageQuery query, Restriction<E> restriction) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<R> page = cb.createQuery(row);
    Root<E> root = page.from(entity);
    page.select(cb.construct(row, selection.of(root, page, cb).toArray(Selection[]::new)));
    page.where(predicates(cb, root, query.filters(), restriction.of(root, page, cb)));
    page.orderBy(order(cb, root, query));
    return em.createQuery(page)
        .setFirstResult(query.first())
        .setMaxResults(query.size())
        .getResultList();
  }

  /** Every row that matches the filters, up to a limit (for exports), in the default order. */
  public List<R> upTo(EntityManager em, Map<String, String> filters, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<R> all = cb.createQuery(row);
    Root<E> root = all.from(entity);
    all.select(cb.construct(row, selection.of(root, all, cb).toArray(Selection[]::new)));
    all.where(predicates(cb, root, filters));
    all.orderBy(order(cb, root, new PageQuery(0, 1, null, true, filters)));
    return em.createQuery(all).setMaxResults(limit).getResultList();
  }

  /** How many rows match the filters, over all pages. */
  public long count(EntityManager em, Map<String, String> filters) {
    return count(em, filters, Restriction.none());
  }

  /** How many rows match the filters among those the restriction lets through, over all pages. */
  public long count(EntityManager em, Map<String, String> filters, Restriction<E> restriction) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<E> root = count.from(entity);
    count
        .select(cb.count(root))
        .where(predicates(cb, root, filters, restriction.of(root, count, cb)));
    return em.createQuery(count).getSingleResult();
  }

  private Predicate[] predicates(CriteriaBuilder cb, Root<E> root, Map<String, String> filters) {
    return predicates(cb, root, filters, null);
  }

  private Predicate[] predicates(
      CriteriaBuilder cb, Root<E> root, Map<String, String> filters, Predicate restriction) {
    List<Predicate> result = new ArrayList<>();
    if (restriction != null) {
      result.add(restriction);
    }
    filters.forEach(
        (name, value) -> {
          var path = fields.get(name);
          if (path != null && value != null && !value.isBlank()) {
            result.add(matches(cb, path.apply(root), value.trim()));
          }
        });
    return result.toArray(Predicate[]::new);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate matches(CriteriaBuilder cb, Path<?> path, String value) {
    Class<?> type = path.getJavaType();
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(value)) {
          return cb.equal(path, constant);
        }
      }
      return cb.disjunction(); // an unknown value matches nothing rather than everything
    }
    if (type == Boolean.class || type == boolean.class) {
      return cb.equal(path, Boolean.parseBoolean(value));
    }
    if (type == Long.class || type == long.class) {
      try {
        return cb.equal(path, Long.valueOf(value));
      } catch (NumberFormatException notANumber) {
        return cb.disjunction();
      }
    }
    String pattern = "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%";
    return cb.like(cb.lower((Path) path), pattern, '\\');
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private List<Order> order(CriteriaBuilder cb, Root<E> root, PageQuery query) {
    boolean asked = fields.containsKey(query.sortField());
    String field = asked ? query.sortField() : defaultSort;
    List<Order> orders = new ArrayList<>();
    if (field != null) {
      Path<?> path = fields.get(field).apply(root);
      orders.add(!asked || query.ascending() ? cb.asc(path) : cb.desc(path));
    }
    // a stable tie-breaker, so rows never swap between pages
    orders.add(cb.asc(root.get(idAttribute)));
    return orders;
  }
}

package org.quicksilver.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.reference.RegionalGroup;

/**
 * Activities as rows, filtered and sorted in the database, with what each actually cost: the sum of
 * the expenses against the allocations that name it (target kind {@value #TARGET_KIND}).
 */
final class ActivityQueries {
  static final String TARGET_KIND = "ACTIVITY";

  private static final String ROW =
      "select new org.quicksilver.projects.ActivityRow(a.id, p.id, p.code, a.type, a.title,"
          + " a.region, a.startOn, a.endOn, a.venueCity, vc.nameEn, a.online, a.status,"
          + " a.budgetUsd, coalesce((select sum(e.amountUsd) from Expense e join e.allocation al"
          + " where al.targetKind = 'ACTIVITY' and al.targetId = a.id), 0), a.version)"
          + " from Activity a left join a.project p left join a.venueCountry vc";

  /** Fields a list may sort by; nothing else reaches the query. */
  private static final Map<String, String> SORTS =
      Map.of(
          "title", "a.title",
          "type", "a.type",
          "status", "a.status",
          "startOn", "a.startOn",
          "region", "a.region",
          "projectCode", "p.code",
          "budgetUsd", "a.budgetUsd");

  private ActivityQueries() {}

  /** The activity's row; not found as well when the scope does not reach it. */
  static ActivityRow row(EntityManager em, long id, Funded funded) {
    return em.createQuery(ROW + " where a.id = :id and " + funded.activity("a"), ActivityRow.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new org.quicksilver.platform.RecordNotFoundException(id));
  }

  static List<ActivityRow> rowsOfProject(EntityManager em, long projectId, Funded funded) {
    return em.createQuery(
            ROW
                + " where p.id = :p and "
                + funded.activity("a")
                + " order by a.startOn nulls last, a.id",
            ActivityRow.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  /** Activities that run on at least one day of the range, both ends included. */
  static List<ActivityRow> between(EntityManager em, LocalDate from, LocalDate to, Funded funded) {
    return em.createQuery(
            ROW
                + " where a.startOn <= :to and a.endOn >= :from and "
                + funded.activity("a")
                + " order by a.startOn, a.id",
            ActivityRow.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  static List<ActivityRow> page(EntityManager em, PageQuery query, Funded funded) {
    Filter filter = Filter.of(query.filters(), funded);
    String sort = query.sortField() == null ? null : SORTS.get(query.sortField());
    String order =
        sort == null
            ? " order by a.startOn desc nulls last, a.id"
            : " order by " + sort + (query.ascending() ? " asc" : " desc") + " nulls last, a.id";
    TypedQuery<ActivityRow> rows =
        em.createQuery(ROW + filter.where + order, ActivityRow.class)
            .setFirstResult(query.first())
            .setMaxResults(query.size());
    filter.params.forEach(rows::setParameter);
    return rows.getResultList();
  }

  static long count(EntityManager em, Map<String, String> filters, Funded funded) {
    Filter filter = Filter.of(filters, funded);
    TypedQuery<Long> count =
        em.createQuery(
            "select count(a) from Activity a left join a.project p" + filter.where, Long.class);
    filter.params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  /**
   * The where clause of the filters given, within the scope; a value that does not parse matches
   * nothing.
   */
  private record Filter(String where, Map<String, Object> params) {
    static Filter of(Map<String, String> filters, Funded funded) {
      List<String> terms = new ArrayList<>();
      if (!funded.isEverything()) {
        terms.add(funded.activity("a"));
      }
      Map<String, Object> params = new HashMap<>();
      filters.forEach(
          (name, raw) -> {
            if (raw == null || raw.isBlank()) {
              return;
            }
            String value = raw.strip();
            try {
              switch (name) {
                case "projectId" -> {
                  terms.add("p.id = :projectId");
                  params.put("projectId", Long.valueOf(value));
                }
                case "standalone" -> {
                  if (Boolean.parseBoolean(value)) {
                    terms.add("p.id is null");
                  }
                }
                case "type" -> {
                  terms.add("a.type = :type");
                  params.put("type", ActivityType.valueOf(value));
                }
                case "status" -> {
                  terms.add("a.status = :status");
                  params.put("status", ActivityStatus.valueOf(value));
                }
                case "region" -> {
                  terms.add("a.region = :region");
                  params.put("region", RegionalGroup.valueOf(value));
                }
                case "from" -> {
                  terms.add("a.endOn >= :from");
                  params.put("from", LocalDate.parse(value));
                }
                case "to" -> {
                  terms.add("a.startOn <= :to");
                  params.put("to", LocalDate.parse(value));
                }
                case "title" -> {
                  terms.add("lower(a.title) like :title escape '\\'");
                  params.put("title", "%" + escape(value.toLowerCase(Locale.ROOT)) + "%");
                }
                default -> {
                  // not a filter of this list
                }
              }
            } catch (IllegalArgumentException | DateTimeParseException unreadable) {
              terms.add("1 = 0");
            }
          });
      return new Filter(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params);
    }

    private static String escape(String text) {
      return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
  }
}

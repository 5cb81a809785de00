package org.quicksilver.programme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.reference.Country;

/**
 * The applications list, paged, sorted and filtered in the database (one query for the page, one
 * for the count), narrowed to what a committee member may see. Only whitelisted field names reach
 * the query.
 */
final class ApplicationList {
  private record Joins(Join<Application, Round> round, Join<Application, Country> country) {}

  private static final Map<String, Function<Path<Application>, Path<?>>> DIRECT =
      Map.of(
          "reference", a -> a.get("reference"),
          "title", a -> a.get("title"),
          "amountRequested", a -> a.get("amountRequested"),
          "status", a -> a.get("status"),
          "receivedAt", a -> a.get("receivedAt"));

  private ApplicationList() {}

  static List<ApplicationRow> rows(
      EntityManager em, PageQuery query, ApplicationAccess.Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ApplicationRow> page = cb.createQuery(ApplicationRow.class);
    Root<Application> a = page.from(Application.class);
    Joins j = new Joins(a.join("round"), a.join("country"));
    page.select(
        cb.construct(
            ApplicationRow.class,
            a.get("id"),
            a.get("reference"),
            j.round().get("id"),
            j.round().get("number"),
            j.round().get("title"),
            j.round().get("opensOn"),
            j.round().get("closesOn"),
            j.round().get("minimumUsd"),
            j.round().get("maximumUsd"),
            j.round().get("maximumMonths"),
            j.country().get("id"),
            j.country().get("isoCode"),
            j.country().get("nameEn"),
            j.country().get("nameFr"),
            j.country().get("nameEs"),
            j.country().get("regionalGroup"),
            a.get("title"),
            a.get("amountRequested"),
            a.get("durationMonths"),
            a.get("status"),
            a.get("receivedAt"),
            a.get("lateReason"),
            a.get("version")));
    page.where(where(cb, page, a, j, query.filters(), viewer));
    Path<?> sort = field(a, j, query.sortField());
    List<jakarta.persistence.criteria.Order> order = new ArrayList<>();
    if (sort != null) {
      order.add(query.ascending() ? cb.asc(sort) : cb.desc(sort));
    } else {
      order.add(cb.desc(a.get("receivedAt")));
    }
    order.add(cb.asc(a.get("id")));
    page.orderBy(order);
    return em.createQuery(page)
        .setFirstResult(query.first())
        .setMaxResults(query.size())
        .getResultList();
  }

  static long count(
      EntityManager em, Map<String, String> filters, ApplicationAccess.Viewer viewer) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Application> a = count.from(Application.class);
    Joins j = new Joins(a.join("round"), a.join("country"));
    count.select(cb.count(a)).where(where(cb, count, a, j, filters, viewer));
    return em.createQuery(count).getSingleResult();
  }

  private static Path<?> field(Root<Application> a, Joins j, String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "roundId" -> j.round().get("id");
      case "roundNumber" -> j.round().get("number");
      case "countryId" -> j.country().get("id");
      case "countryName" -> j.country().get("nameEn");
      case "regionalGroup" -> j.country().get("regionalGroup");
      default -> DIRECT.containsKey(name) ? DIRECT.get(name).apply(a) : null;
    };
  }

  private static Predicate[] where(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      Root<Application> a,
      Joins j,
      Map<String, String> filters,
      ApplicationAccess.Viewer viewer) {
    List<Predicate> result = new ArrayList<>();
    filters.forEach(
        (name, value) -> {
          Path<?> path = field(a, j, name);
          if (path != null && value != null && !value.isBlank()) {
            result.add(matches(cb, path, value.strip()));
          }
        });
    if (viewer != null) {
      result.add(visibleTo(cb, query, a, j, viewer));
    }
    return result.toArray(Predicate[]::new);
  }

  /** Before the committee or decided, not the member's own country's, no declared conflict. */
  private static Predicate visibleTo(
      CriteriaBuilder cb,
      CriteriaQuery<?> query,
      Root<Application> a,
      Joins j,
      ApplicationAccess.Viewer viewer) {
    if (viewer.isNobody()) {
      return cb.disjunction();
    }
    var conflict = query.subquery(Long.class);
    var c = conflict.from(ConflictDeclaration.class);
    conflict
        .select(c.get("id"))
        .where(
            cb.equal(c.get("application"), a),
            cb.equal(c.get("member").get("id"), viewer.memberId()));
    return cb.and(
        a.get("status").in(ApplicationAccess.BEFORE_COMMITTEE),
        cb.notEqual(j.country().get("id"), viewer.countryId()),
        cb.not(cb.exists(conflict)));
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
      return cb.disjunction();
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      try {
        return cb.equal(
            path,
            type == Long.class || type == long.class
                ? Long.valueOf(value)
                : Integer.valueOf(value));
      } catch (NumberFormatException notANumber) {
        return cb.disjunction();
      }
    }
    if (type != String.class) {
      return cb.conjunction(); // amounts and dates sort but do not filter by text
    }
    String pattern = "%" + escapeLike(value.toLowerCase(Locale.ROOT)) + "%";
    return cb.like(cb.lower((Path) path), pattern, '\\');
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

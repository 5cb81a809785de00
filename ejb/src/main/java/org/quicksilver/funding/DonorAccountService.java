package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/**
 * Donors' accounts: for each donor, pledged, received and attributed (its share of allocations),
 * and for one donor everything about its money. A donor viewer sees only its own donor: the scope
 * is applied here, whatever the request asked.
 */
@Stateless
public class DonorAccountService {
  /** Sortable columns, by the name the page uses. */
  private static final Map<String, String> SORTS =
      Map.of(
          "donorName", "lower(o.name)",
          "pledged", "pledged",
          "received", "received",
          "attributed", "attributed");

  private static final String DONORS =
      " from organisation o where (exists (select 1 from pledge p where p.donor_id = o.id)"
          + " or exists (select 1 from receipt r where r.donor_id = o.id))";

  @PersistenceContext private EntityManager em;
  @Inject private DonorScope scope;

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<DonorBalance> list(@NotNull PageQuery query) {
    Map<String, String> filters = scope.filter(query.filters(), "donorId");
    String order =
        query.sortField() == null
            ? SORTS.get("donorName")
            : SORTS.getOrDefault(query.sortField(), SORTS.get("donorName"));
    Query sql =
        em.createNativeQuery(
            "select o.id, o.name,"
                // coalesce: a donor with nothing yet sorts as zero on every database (PostgreSQL
                // puts nulls first when sorting in descending order, H2 last)
                + " coalesce((select sum(p.usd_value) from pledge p where p.donor_id = o.id), 0)"
                + " pledged,"
                + " coalesce((select sum(r.usd_amount) from receipt r where r.donor_id = o.id), 0)"
                + " received,"
                + " coalesce((select sum(s.amount_usd) from allocation_share s"
                + " where s.donor_id = o.id), 0) attributed"
                + DONORS
                + where(filters)
                + " order by "
                + order
                + (query.ascending() ? " asc" : " desc")
                + ", o.id");
    bind(sql, filters).setFirstResult(query.first()).setMaxResults(query.size());
    List<DonorBalance> rows = new ArrayList<>();
    for (Object result : sql.getResultList()) {
      Object[] row = (Object[]) result;
      rows.add(
          new DonorBalance(
              ((Number) row[0]).longValue(),
              (String) row[1],
              (BigDecimal) row[2],
              (BigDecimal) row[3],
              (BigDecimal) row[4]));
    }
    return rows;
  }

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> requested) {
    Map<String, String> filters = scope.filter(requested, "donorId");
    Query sql = em.createNativeQuery("select count(*)" + DONORS + where(filters));
    return ((Number) bind(sql, filters).getSingleResult()).longValue();
  }

  /** One donor's totals, its money by fund and earmark, and the country it is from. */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public DonorAccount account(long donorId) {
    scope.check(donorId);
    List<DonorBalance> totals =
        list(new PageQuery(0, 1, null, true, Map.of("donorId", String.valueOf(donorId))));
    if (totals.isEmpty()) {
      throw new RecordNotFoundException(donorId);
    }
    String country =
        em.createQuery(
                "select c.isoCode from Organisation o left join o.country c where o.id = :d",
                String.class)
            .setParameter("d", donorId)
            .getSingleResult();
    return new DonorAccount(totals.get(0), country, byEarmark(donorId));
  }

  /** The allocations that drew on this donor's money, newest first, one page at a time. */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<AttributionRow> attribution(long donorId, @NotNull PageQuery query) {
    scope.check(donorId);
    return em.createQuery(
            "select new org.quicksilver.funding.AttributionRow(a.id, a.allocatedOn, f.code,"
                + " e.code, a.purpose, a.targetKind, a.amountUsd, value(s))"
                + " from Allocation a join a.fund f join a.earmark e join a.shares s"
                + " where key(s) = :d order by a.allocatedOn desc, a.id desc",
            AttributionRow.class)
        .setParameter("d", donorId)
        .setFirstResult(query.first())
        .setMaxResults(query.size())
        .getResultList();
  }

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public long countAttribution(long donorId) {
    scope.check(donorId);
    return em.createQuery(
            "select count(a) from Allocation a join a.shares s where key(s) = :d", Long.class)
        .setParameter("d", donorId)
        .getSingleResult();
  }

  private List<DonorEarmarkBalance> byEarmark(long donorId) {
    Map<Long, BigDecimal> received =
        sums(
            "select r.earmark.id, sum(r.usdAmount) from Receipt r where r.donor.id = :d"
                + " group by r.earmark.id",
            donorId);
    Map<Long, BigDecimal> attributed =
        sums(
            "select a.earmark.id, sum(value(s)) from Allocation a join a.shares s"
                + " where key(s) = :d group by a.earmark.id",
            donorId);
    if (received.isEmpty() && attributed.isEmpty()) {
      return List.of();
    }
    var earmarks = new java.util.HashSet<>(received.keySet());
    earmarks.addAll(attributed.keySet());
    List<DonorEarmarkBalance> rows = new ArrayList<>();
    em.createQuery(
            "select f.id, f.code, e.id, e.code from Earmark e join e.fund f where e.id in :ids"
                + " order by f.code, e.code",
            Object[].class)
        .setParameter("ids", earmarks)
        .getResultStream()
        .forEach(
            row -> {
              Long earmark = (Long) row[2];
              rows.add(
                  new DonorEarmarkBalance(
                      (Long) row[0],
                      (String) row[1],
                      earmark,
                      (String) row[3],
                      received.getOrDefault(earmark, BigDecimal.ZERO),
                      attributed.getOrDefault(earmark, BigDecimal.ZERO)));
            });
    return rows;
  }

  private Map<Long, BigDecimal> sums(String jpql, long donorId) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("d", donorId)
        .getResultStream()
        .forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
    return sums;
  }

  private static String where(Map<String, String> filters) {
    StringBuilder where = new StringBuilder();
    if (filters.containsKey("donorId")) {
      where.append(" and o.id = :donorId");
    }
    if (filters.containsKey("donorName")) {
      where.append(" and lower(o.name) like :donorName");
    }
    return where.toString();
  }

  private static Query bind(Query sql, Map<String, String> filters) {
    if (filters.containsKey("donorId")) {
      sql.setParameter("donorId", parseId(filters.get("donorId")));
    }
    if (filters.containsKey("donorName")) {
      sql.setParameter("donorName", "%" + filters.get("donorName").toLowerCase().strip() + "%");
    }
    return sql;
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id.strip());
    } catch (NumberFormatException notAnId) {
      return -1;
    }
  }
}

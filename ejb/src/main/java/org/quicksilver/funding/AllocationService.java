package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * Sets money aside from a fund and earmark, attributing it to the donors whose money it draws on,
 * and records what is spent against it. The earmark (or allocation) row is locked first, so two
 * people allocating at the same moment are served one after the other: the second sees the balance
 * the first left, and the balance can never go below zero.
 */
@Stateless
public class AllocationService {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  private final ListQuery<Allocation, AllocationRow> list =
      ListQuery.of(Allocation.class, AllocationRow.class)
          .field("allocatedOn", a -> a.get("allocatedOn"))
          .field("fundCode", a -> a.get("fund").get("code"))
          .field("earmarkCode", a -> a.get("earmark").get("code"))
          .field("purpose", a -> a.get("purpose"))
          .field("amountUsd", a -> a.get("amountUsd"))
          .defaultSort("allocatedOn")
          .selectWithQuery(
              (a, query, cb) -> {
                var spent = query.subquery(BigDecimal.class);
                var e = spent.from(Expense.class);
                spent
                    .select(cb.coalesce(cb.sum(e.get("amountUsd")), BigDecimal.ZERO))
                    .where(cb.equal(e.get("allocation"), a));
                return List.of(
                    a.get("id"),
                    a.get("allocatedOn"),
                    a.get("fund").get("code"),
                    a.get("earmark").get("code"),
                    a.get("purpose"),
                    a.get("amountUsd"),
                    spent);
              });

  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<AllocationRow> list(@NotNull PageQuery query) {
    return list.rows(em, query);
  }

  @RequiresPermissions(Permissions.FUNDING_READ)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, filters);
  }

  /** Whose money an allocation draws on, largest share first. */
  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<DonorShare> shares(long allocationId) {
    return em.createQuery(
            "select new org.quicksilver.funding.DonorShare(o.name, value(s))"
                + " from Allocation a join a.shares s, Organisation o"
                + " where a.id = :id and o.id = key(s) order by value(s) desc",
            DonorShare.class)
        .setParameter("id", allocationId)
        .getResultList();
  }

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long allocate(@NotNull @Valid AllocationForm form) {
    Earmark earmark = em.find(Earmark.class, form.getEarmarkId(), LockModeType.PESSIMISTIC_WRITE);
    if (earmark == null) {
      throw new RecordNotFoundException(form.getEarmarkId());
    }
    Map<Long, BigDecimal> available = availableByDonor(earmark);
    BigDecimal total =
        available.values().stream()
            .filter(v -> v.signum() > 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal amount = UsdConversion.exactCents(form.getAmountUsd());
    if (amount.compareTo(total) > 0) {
      throw new InvalidInputException("funding.allocation.exceedsBalance", total);
    }
    var allocation =
        new Allocation(
            earmark,
            new Allocation.Target(form.getPurpose(), form.getTargetKind(), form.getTargetId()),
            amount,
            form.getAllocatedOn(),
            AttributionRule.share(available, amount),
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(allocation);
    em.flush();
    return allocation.getId();
  }

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long spend(
      long allocationId,
      @NotNull LocalDate on,
      @NotNull BigDecimal amountUsd,
      @NotNull String description,
      String reference) {
    Allocation allocation = em.find(Allocation.class, allocationId, LockModeType.PESSIMISTIC_WRITE);
    if (allocation == null) {
      throw new RecordNotFoundException(allocationId);
    }
    BigDecimal spent =
        em.createQuery(
                "select coalesce(sum(e.amountUsd), 0) from Expense e where e.allocation = :a",
                BigDecimal.class)
            .setParameter("a", allocation)
            .getSingleResult();
    var expense =
        new Expense(
            allocation,
            allocation.getAmountUsd().subtract(spent),
            on,
            amountUsd,
            description,
            reference,
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(expense);
    em.flush();
    return expense.getId();
  }

  /** Per donor: USD received in the earmark minus USD already attributed to allocations. */
  Map<Long, BigDecimal> availableByDonor(Earmark earmark) {
    Map<Long, BigDecimal> available = new HashMap<>();
    em.createQuery(
            "select r.donor.id, sum(r.usdAmount) from Receipt r where r.earmark = :e"
                + " group by r.donor.id",
            Object[].class)
        .setParameter("e", earmark)
        .getResultStream()
        .forEach(row -> available.merge((Long) row[0], (BigDecimal) row[1], BigDecimal::add));
    em.createQuery(
            "select key(s), sum(value(s)) from Allocation a join a.shares s where a.earmark = :e"
                + " group by key(s)",
            Object[].class)
        .setParameter("e", earmark)
        .getResultStream()
        .forEach(
            row -> available.merge((Long) row[0], ((BigDecimal) row[1]).negate(), BigDecimal::add));
    return available;
  }
}

package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.CurrentUser;

/**
 * Sets money aside from an earmark, attributing it to the donors whose money it draws on, and
 * records what is spent against it. The earmark (or allocation) row is locked first, so two people
 * allocating at the same moment are served one after the other: the second sees the balance the
 * first left, and the balance can never go below zero.
 *
 * <p>Internal: it checks no permission. {@link AllocationService} (finance officers) and the
 * programme's grants (programme officers paying tranches) call it after their own checks.
 */
@Stateless
public class AllocationLedger {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public long allocate(
      long earmarkId, Allocation.Target target, BigDecimal amountUsd, LocalDate allocatedOn) {
    Earmark earmark = em.find(Earmark.class, earmarkId, LockModeType.PESSIMISTIC_WRITE);
    if (earmark == null) {
      throw new RecordNotFoundException(earmarkId);
    }
    Map<Long, BigDecimal> available = availableByDonor(earmark);
    BigDecimal total =
        available.values().stream()
            .filter(v -> v.signum() > 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal amount = UsdConversion.exactCents(amountUsd);
    if (amount.compareTo(total) > 0) {
      throw new InvalidInputException("funding.allocation.exceedsBalance", total);
    }
    var allocation =
        new Allocation(
            earmark,
            target,
            amount,
            allocatedOn,
            AttributionRule.share(available, amount),
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(allocation);
    em.flush();
    return allocation.getId();
  }

  public long spend(
      long allocationId, LocalDate on, BigDecimal amountUsd, String description, String reference) {
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

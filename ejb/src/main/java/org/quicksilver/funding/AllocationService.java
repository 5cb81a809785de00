package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
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
  @Inject private AllocationLedger ledger;

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
    return ledger.allocate(
        form.getEarmarkId(),
        new Allocation.Target(form.getPurpose(), form.getTargetKind(), form.getTargetId()),
        form.getAmountUsd(),
        form.getAllocatedOn());
  }

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long spend(
      long allocationId,
      @NotNull LocalDate on,
      @NotNull BigDecimal amountUsd,
      @NotNull String description,
      String reference) {
    return ledger.spend(allocationId, on, amountUsd, description, reference);
  }
}

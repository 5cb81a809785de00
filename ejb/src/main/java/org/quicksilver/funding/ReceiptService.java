package org.quicksilver.funding;

import static org.quicksilver.platform.ListQuery.leftJoin;

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
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.reference.Currency;
import org.quicksilver.reference.Organisation;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/** Posts receipts and their reversals, and lists them (paged in the database). */
@Stateless
public class ReceiptService {
  /** An export larger than this is refused by its size, not by the server's memory. */
  public static final int EXPORT_LIMIT = 100_000;

  @PersistenceContext private EntityManager em;
  @Inject private RateTable rates;
  @Inject private Clock clock;
  @Inject private DonorScope scope;

  private final ListQuery<Receipt, ReceiptRow> list =
      ListQuery.of(Receipt.class, ReceiptRow.class)
          .field("receivedOn", r -> r.get("receivedOn"))
          .field("donorId", r -> r.get("donor").get("id"))
          .field("donorName", r -> r.get("donor").get("name"))
          .field("fundCode", r -> r.get("fund").get("code"))
          .field("earmarkCode", r -> r.get("earmark").get("code"))
          .field("currencyCode", r -> r.get("currencyCode"))
          .field("amount", r -> r.get("amount"))
          .field("usdAmount", r -> r.get("usdAmount"))
          .field("bankReference", r -> r.get("bankReference"))
          .defaultSort("receivedOn")
          .select(
              r ->
                  List.of(
                      r.get("id"),
                      r.get("receivedOn"),
                      r.get("donor").get("id"),
                      r.get("donor").get("name"),
                      r.get("fund").get("code"),
                      r.get("earmark").get("code"),
                      r.get("amount"),
                      r.get("currencyCode"),
                      r.get("unitsPerUsd"),
                      r.get("rateSource"),
                      r.get("usdAmount"),
                      r.get("bankReference"),
                      leftJoin(r, "reverses").get("id"),
                      leftJoin(r, "reverses").get("bankReference"),
                      r.get("reversalReason"),
                      r.get("postedBy")));

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<ReceiptRow> list(@NotNull PageQuery query) {
    return list.rows(
        em,
        new PageQuery(
            query.first(),
            query.size(),
            query.sortField(),
            query.ascending(),
            scoped(query.filters())));
  }

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, scoped(filters));
  }

  /** The rows an export holds: every row the filters match, up to {@link #EXPORT_LIMIT}. */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<ReceiptRow> export(@NotNull Map<String, String> filters) {
    return list.upTo(em, scoped(filters), EXPORT_LIMIT);
  }

  private Map<String, String> scoped(Map<String, String> filters) {
    return scope.filter(filters, "donorId");
  }

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long post(@NotNull @Valid ReceiptForm form) {
    Organisation donor = find(Organisation.class, form.getDonorId());
    Earmark earmark = find(Earmark.class, form.getEarmarkId());
    Pledge pledge = form.getPledgeId() == null ? null : find(Pledge.class, form.getPledgeId());
    Currency currency = find(Currency.class, form.getCurrencyCode());
    if (pledge != null && !pledge.getEarmark().getId().equals(earmark.getId())) {
      throw new InvalidInputException("funding.receipt.pledgeEarmark");
    }
    refuseDuplicateBankReference(donor, form.getBankReference());
    Receipt receipt =
        Receipt.post(
            new Receipt.Destination(donor, earmark, pledge),
            form.getReceivedOn(),
            currency.exact(form.getAmount()),
            currency.getCode(),
            rates.resolve(
                currency.getCode(),
                form.getReceivedOn(),
                form.getUnitsPerUsd(),
                form.getRateOverrideReason()),
            form.getBankReference(),
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(receipt);
    Saves.flush(
        em,
        () -> new DuplicateRecordException("funding.receipt.duplicate", form.getBankReference()));
    return receipt.getId();
  }

  /** Cancels a posted receipt by a second entry that cites it; both stay visible. */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long reverse(long receiptId, String reason) {
    Receipt original = find(Receipt.class, receiptId);
    Long already =
        em.createQuery("select count(r) from Receipt r where r.reverses = :original", Long.class)
            .setParameter("original", original)
            .getSingleResult();
    if (already > 0) {
      throw new InvalidInputException("funding.receipt.alreadyReversed");
    }
    Receipt reversal =
        original.reversal(reason, LocalDate.now(clock), CurrentUser.username(), Instant.now(clock));
    refuseIfAlreadyAllocated(original);
    em.persist(reversal);
    Saves.flush(em, () -> new InvalidInputException("funding.receipt.alreadyReversed"));
    return reversal.getId();
  }

  /**
   * Money already allocated cannot be taken back by a reversal: the donor's unallocated part of the
   * earmark must cover it, checked under the same earmark lock allocations take.
   */
  private void refuseIfAlreadyAllocated(Receipt original) {
    Earmark earmark =
        em.find(Earmark.class, original.getEarmark().getId(), LockModeType.PESSIMISTIC_WRITE);
    Long donorId = original.getDonor().getId();
    BigDecimal received =
        em.createQuery(
                "select coalesce(sum(r.usdAmount), 0) from Receipt r"
                    + " where r.earmark = :e and r.donor.id = :d",
                BigDecimal.class)
            .setParameter("e", earmark)
            .setParameter("d", donorId)
            .getSingleResult();
    BigDecimal allocated =
        em.createQuery(
                "select coalesce(sum(value(s)), 0) from Allocation a join a.shares s"
                    + " where a.earmark = :e and key(s) = :d",
                BigDecimal.class)
            .setParameter("e", earmark)
            .setParameter("d", donorId)
            .getSingleResult();
    BigDecimal unallocated = received.subtract(allocated);
    if (original.getUsdAmount().compareTo(unallocated) > 0) {
      throw new InvalidInputException(
          "funding.receipt.reversalAllocated", UsdConversion.cents(unallocated));
    }
  }

  private void refuseDuplicateBankReference(Organisation donor, String bankReference) {
    if (bankReference == null || bankReference.isBlank()) {
      return;
    }
    Long same =
        em.createQuery(
                "select count(r) from Receipt r where r.donor = :donor"
                    + " and r.bankReference = :reference",
                Long.class)
            .setParameter("donor", donor)
            .setParameter("reference", bankReference.trim())
            .getSingleResult();
    if (same > 0) {
      throw new DuplicateRecordException("funding.receipt.duplicate", bankReference.trim());
    }
  }

  private <T> T find(Class<T> type, Object id) {
    return Records.find(em, type, id);
  }
}

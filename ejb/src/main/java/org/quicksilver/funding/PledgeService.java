package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

/** Records pledges and agreements, writes off what will not come, and lists them. */
@Stateless
public class PledgeService {
  /** An export larger than this is refused by its size, not by the server's memory. */
  public static final int EXPORT_LIMIT = 100_000;

  @PersistenceContext private EntityManager em;
  @Inject private RateTable rates;
  @Inject private Clock clock;
  @Inject private DonorScope scope;

  private final ListQuery<Pledge, PledgeRow> list =
      ListQuery.of(Pledge.class, PledgeRow.class)
          .field("donorId", r -> r.get("donor").get("id"))
          .field("donorName", p -> p.get("donor").get("name"))
          .field("fundCode", p -> p.get("fund").get("code"))
          .field("earmarkCode", p -> p.get("earmark").get("code"))
          .field("kind", p -> p.get("kind"))
          .field("reference", p -> p.get("reference"))
          .field("pledgedOn", p -> p.get("pledgedOn"))
          .field("expectedBy", p -> p.get("expectedBy"))
          .field("currencyCode", p -> p.get("currencyCode"))
          .field("amount", p -> p.get("amount"))
          .field("usdValue", p -> p.get("usdValue"))
          .defaultSort("pledgedOn")
          .selectWithQuery(
              (p, query, cb) -> {
                var sum = query.subquery(BigDecimal.class);
                var r = sum.from(Receipt.class);
                sum.select(cb.coalesce(cb.sum(r.get("amount")), BigDecimal.ZERO))
                    .where(cb.equal(r.get("pledge"), p));
                var sumUsd = query.subquery(BigDecimal.class);
                var ru = sumUsd.from(Receipt.class);
                sumUsd
                    .select(cb.coalesce(cb.sum(ru.get("usdAmount")), BigDecimal.ZERO))
                    .where(cb.equal(ru.get("pledge"), p));
                return List.of(
                    p.get("id"),
                    p.get("donor").get("id"),
                    p.get("donor").get("name"),
                    p.get("fund").get("code"),
                    p.get("earmark").get("code"),
                    p.get("kind"),
                    p.get("reference"),
                    p.get("pledgedOn"),
                    p.get("expectedBy"),
                    p.get("amount"),
                    p.get("currencyCode"),
                    p.get("usdValue"),
                    p.get("writtenOffOn"),
                    sum,
                    sumUsd,
                    p.get("version"));
              });

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<PledgeRow> list(@NotNull PageQuery query) {
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
  public List<PledgeRow> export(@NotNull Map<String, String> filters) {
    return list.upTo(em, scoped(filters), EXPORT_LIMIT);
  }

  private Map<String, String> scoped(Map<String, String> filters) {
    return scope.filter(filters, "donorId");
  }

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long record(@NotNull @Valid PledgeForm form) {
    Organisation donor = find(Organisation.class, form.getDonorId());
    Earmark earmark = find(Earmark.class, form.getEarmarkId());
    Currency currency = find(Currency.class, form.getCurrencyCode());
    if (!em.createQuery(
            "select p.id from Pledge p where p.donor = :donor and p.reference = :reference",
            Long.class)
        .setParameter("donor", donor)
        .setParameter("reference", form.getReference())
        .getResultList()
        .isEmpty()) {
      throw duplicate(form);
    }
    if (form.getExpectedBy().isBefore(form.getPledgedOn())) {
      throw new InvalidInputException("funding.pledge.expectedBeforePledged");
    }
    var pledge =
        new Pledge(
            donor,
            earmark,
            new Pledge.Terms(
                form.getKind(),
                form.getReference(),
                form.getPledgedOn(),
                form.getPeriodStart(),
                form.getPeriodEnd(),
                form.getExpectedBy(),
                form.getConditions()),
            currency.exact(form.getAmount()),
            currency.getCode(),
            rates.resolve(
                currency.getCode(),
                form.getPledgedOn(),
                form.getUnitsPerUsd(),
                form.getRateOverrideReason()),
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(pledge);
    Saves.flush(em, () -> duplicate(form));
    return pledge.getId();
  }

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public void writeOff(long pledgeId, long version, String reason) {
    Pledge pledge = find(Pledge.class, pledgeId);
    Saves.checkVersion(version, pledge.getVersion());
    pledge.writeOff(LocalDate.now(clock), reason);
    Saves.flush(em, () -> new InvalidInputException("funding.pledge.alreadyWrittenOff"));
  }

  private static DuplicateRecordException duplicate(PledgeForm form) {
    return new DuplicateRecordException("funding.pledge.duplicate", form.getReference());
  }

  private <T> T find(Class<T> type, Object id) {
    return Records.find(em, type, id);
  }
}

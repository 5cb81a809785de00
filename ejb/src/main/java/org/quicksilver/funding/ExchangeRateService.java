package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Saves;
import org.quicksilver.reference.Currency;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * The monthly UN operational rates. Changing a rate changes no posted line: every receipt and
 * pledge keeps the rate it was converted at.
 */
@Stateless
public class ExchangeRateService {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  private final ListQuery<ExchangeRate, RateRow> list =
      ListQuery.of(ExchangeRate.class, RateRow.class)
          .field("currencyCode", r -> r.get("currencyCode"))
          .field("month", r -> r.get("month"))
          .field("unitsPerUsd", r -> r.get("unitsPerUsd"))
          .field("source", r -> r.get("source"))
          .defaultSort("month")
          .select(
              r ->
                  List.of(
                      r.get("id"),
                      r.get("currencyCode"),
                      r.get("month"),
                      r.get("unitsPerUsd"),
                      r.get("source"),
                      r.get("recordedBy"),
                      r.get("version")));

  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<RateRow> list(@NotNull PageQuery query) {
    return list.rows(em, query);
  }

  @RequiresPermissions(Permissions.FUNDING_READ)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, filters);
  }

  /**
   * Records the rate of a new month, or corrects the rate of a month the user opened: a stale
   * correction (someone saved in between) is refused with a conflict, nothing overwritten.
   */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public void save(@NotNull @Valid RateForm form) {
    if (em.find(Currency.class, form.getCurrencyCode()) == null) {
      throw new RecordNotFoundException(form.getCurrencyCode());
    }
    YearMonth month = YearMonth.from(form.getMonth());
    var existing =
        em.createQuery(
                "select r from ExchangeRate r where r.currencyCode = :c and r.month = :m",
                ExchangeRate.class)
            .setParameter("c", form.getCurrencyCode())
            .setParameter("m", month.atDay(1))
            .getResultStream()
            .findFirst();
    String by = CurrentUser.username();
    if (existing.isPresent()) {
      if (!form.isCorrection()) {
        // two people recording the same month: the second is told, not silently applied
        throw new DuplicateRecordException(
            "funding.rate.duplicate", form.getCurrencyCode(), month.toString());
      }
      Saves.checkVersion(form.getVersion(), existing.get().getVersion());
      existing.get().correct(form.getUnitsPerUsd(), form.getSource(), by, Instant.now(clock));
    } else {
      em.persist(
          new ExchangeRate(
              form.getCurrencyCode(),
              month,
              form.getUnitsPerUsd(),
              form.getSource(),
              by,
              Instant.now(clock)));
    }
    Saves.flush(
        em,
        () ->
            new DuplicateRecordException(
                "funding.rate.duplicate", form.getCurrencyCode(), month.toString()));
  }
}

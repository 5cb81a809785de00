package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.quicksilver.platform.InvalidInputException;

/**
 * Which rate converts an amount: the UN operational rate of the month, unless the user entered
 * another one, which needs a reason that is kept with the line. A missing monthly rate is an error,
 * never a guess. Called by the funding services, which check the permissions.
 */
@Stateless
public class RateTable {
  @PersistenceContext private EntityManager em;

  public RateApplied official(String currencyCode, LocalDate on) {
    if (UsdConversion.USD.equals(currencyCode)) {
      return RateApplied.PAR;
    }
    YearMonth month = YearMonth.from(on);
    return em.createQuery(
            "select r from ExchangeRate r where r.currencyCode = :currency and r.month = :month",
            ExchangeRate.class)
        .setParameter("currency", currencyCode)
        .setParameter("month", month.atDay(1))
        .getResultStream()
        .findFirst()
        .map(r -> new RateApplied(r.getUnitsPerUsd(), r.getSource(), null))
        .orElseThrow(
            () ->
                new InvalidInputException("funding.rate.missing", currencyCode, month.toString()));
  }

  /** The official rate, or the one entered if it differs, which then needs a reason. */
  public RateApplied resolve(
      String currencyCode, LocalDate on, BigDecimal entered, String overrideReason) {
    if (entered == null) {
      return official(currencyCode, on);
    }
    if (entered.signum() <= 0) {
      throw new InvalidInputException("funding.rate.positive");
    }
    if (UsdConversion.USD.equals(currencyCode) && entered.compareTo(BigDecimal.ONE) != 0) {
      throw new InvalidInputException("funding.rate.usdIsOne");
    }
    try {
      RateApplied official = official(currencyCode, on);
      if (official.unitsPerUsd().compareTo(entered) == 0) {
        return official;
      }
    } catch (InvalidInputException missing) {
      // no official rate: the entered one may stand, with its reason
    }
    if (overrideReason == null || overrideReason.isBlank()) {
      throw new InvalidInputException("funding.rate.overrideReasonRequired");
    }
    return new RateApplied(entered, "entered", overrideReason.trim());
  }
}

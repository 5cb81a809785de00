package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

/**
 * Which rate a line is converted at. The monthly rates are given here instead of read from the
 * database: the lookup is the only thing replaced, the rule in {@link RateTable#resolve} is the
 * real one.
 */
class RateTableTest {
  private static final LocalDate ON = LocalDate.of(2018, 7, 3);
  private static final RateApplied JULY_EURO =
      new RateApplied(new BigDecimal("0.85700000"), "UN operational rate 2018-07", null);

  /** A rate table holding the July 2018 euro rate only. */
  private final RateTable rates =
      new RateTable() {
        private final Map<String, RateApplied> july = Map.of("EUR", JULY_EURO);

        @Override
        public RateApplied official(String currencyCode, LocalDate on) {
          if (UsdConversion.USD.equals(currencyCode)) {
            return super.official(currencyCode, on);
          }
          RateApplied rate =
              YearMonth.from(on).equals(YearMonth.of(2018, 7)) ? july.get(currencyCode) : null;
          if (rate == null) {
            throw new InvalidInputException(
                "funding.rate.missing", currencyCode, YearMonth.from(on).toString());
          }
          return rate;
        }
      };

  @Test
  void aDollarIsAtParWithoutLookingUpAnyRate() {
    RateApplied par = new RateTable().official("USD", ON);

    assertSame(RateApplied.PAR, par);
    assertEquals(0, BigDecimal.ONE.compareTo(par.unitsPerUsd()));
    assertFalse(par.isOverride());
  }

  @Test
  void withoutAnEnteredRateALineIsConvertedAtTheOfficialRateOfTheMonth() {
    assertSame(JULY_EURO, rates.resolve("EUR", ON, null, null));
  }

  @Test
  void anEnteredRateEqualToTheOfficialOneIsTheOfficialRateAndNeedsNoReason() {
    RateApplied resolved = rates.resolve("EUR", ON, new BigDecimal("0.857"), null);

    assertSame(JULY_EURO, resolved);
    assertFalse(resolved.isOverride());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void anEnteredRateThatDiffersFromTheOfficialOneNeedsAReason(String reason) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> rates.resolve("EUR", ON, new BigDecimal("0.86"), reason));

    assertEquals("funding.rate.overrideReasonRequired", refused.messageKey());
  }

  @Test
  void anOverrideKeepsItsRateAndItsReason() {
    RateApplied resolved =
        rates.resolve("EUR", ON, new BigDecimal("0.86"), "  Rate on the credit advice ");

    assertTrue(resolved.isOverride());
    assertEquals(new BigDecimal("0.86"), resolved.unitsPerUsd());
    assertEquals("entered", resolved.source());
    assertEquals("Rate on the credit advice", resolved.overrideReason());
  }

  @Test
  void withoutAnOfficialRateForTheMonthAnEnteredRateStandsWithItsReason() {
    RateApplied resolved =
        rates.resolve("EUR", ON.plusMonths(1), new BigDecimal("0.86"), "Rate not yet published");

    assertTrue(resolved.isOverride());
    assertEquals(new BigDecimal("0.86"), resolved.unitsPerUsd());
  }

  @Test
  void withoutAnOfficialRateForTheMonthAnEnteredRateStillNeedsAReason() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> rates.resolve("CHF", ON, new BigDecimal("0.99"), null));

    assertEquals("funding.rate.overrideReasonRequired", refused.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.86"})
  void anEnteredRateOfZeroOrLessIsRefusedEvenWithAReason(String entered) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> rates.resolve("EUR", ON, new BigDecimal(entered), "Typed it in"));

    assertEquals("funding.rate.positive", refused.messageKey());
  }

  @Test
  void aDollarRateOtherThanOneIsRefusedEvenWithAReason() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> rates.resolve("USD", ON, new BigDecimal("1.01"), "Bank charges"));

    assertEquals("funding.rate.usdIsOne", refused.messageKey());
  }

  @Test
  void aDollarRateEnteredAsOneIsPar() {
    RateApplied resolved = rates.resolve("USD", ON, new BigDecimal("1.00"), null);

    assertSame(RateApplied.PAR, resolved);
    assertNull(resolved.overrideReason());
  }
}

package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicksilver.funding.Fixtures.NOW;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class ExchangeRateTest {
  private static final YearMonth JULY = YearMonth.of(2018, 7);

  private static ExchangeRate euro(BigDecimal unitsPerUsd) {
    return new ExchangeRate("EUR", JULY, unitsPerUsd, "UN operational rate", "treasurer", NOW);
  }

  @Test
  void aRateIsTheUnitsOfACurrencyPerDollarForAMonth() {
    ExchangeRate rate = euro(new BigDecimal("0.857"));

    assertEquals("EUR", rate.getCurrencyCode());
    assertEquals(JULY, rate.getMonth());
    assertEquals(new BigDecimal("0.857"), rate.getUnitsPerUsd());
    assertEquals("UN operational rate", rate.getSource());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"0", "-0.857"})
  void aRateOfZeroOrLessOrNoneIsRefused(String unitsPerUsd) {
    BigDecimal units = unitsPerUsd == null ? null : new BigDecimal(unitsPerUsd);

    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> euro(units));

    assertEquals("funding.rate.positive", refused.messageKey());
  }

  @Test
  void aCorrectionReplacesTheRateOfTheMonthAndItsSource() {
    ExchangeRate rate = euro(new BigDecimal("0.857"));

    rate.correct(new BigDecimal("0.875"), "UN operational rate, corrected", "controller", NOW);

    assertEquals(new BigDecimal("0.875"), rate.getUnitsPerUsd());
    assertEquals("UN operational rate, corrected", rate.getSource());
    assertEquals(JULY, rate.getMonth());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"0", "-0.875"})
  void aCorrectionToZeroOrLessOrNothingIsRefusedAndTheRateKept(String unitsPerUsd) {
    ExchangeRate rate = euro(new BigDecimal("0.857"));
    BigDecimal units = unitsPerUsd == null ? null : new BigDecimal(unitsPerUsd);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> rate.correct(units, "typo", "controller", NOW));

    assertEquals("funding.rate.positive", refused.messageKey());
    assertEquals(new BigDecimal("0.857"), rate.getUnitsPerUsd());
    assertEquals("UN operational rate", rate.getSource());
  }
}

package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsdConversionTest {
  private static BigDecimal usd(String amount, String unitsPerUsd) {
    return UsdConversion.toUsd(new BigDecimal(amount), new BigDecimal(unitsPerUsd));
  }

  @Test
  void anAmountIsDividedByTheUnitsOfItsCurrencyPerDollar() {
    assertEquals(new BigDecimal("274032.66"), usd("250000.00", "0.9123"));
  }

  @Test
  void yenWithoutDecimalsAreConvertedToDollarsAndCents() {
    BigDecimal dollars = usd("1000000", "110.5");

    assertEquals(new BigDecimal("9049.77"), dollars);
    assertEquals(2, dollars.scale());
  }

  @Test
  void dinarsWithThreeDecimalsAreConvertedToDollarsAndCents() {
    BigDecimal dollars = usd("1000.500", "0.302");

    assertEquals(new BigDecimal("3312.91"), dollars);
    assertEquals(2, dollars.scale());
  }

  @Test
  void dollarsAtParKeepTheirCents() {
    BigDecimal dollars = UsdConversion.toUsd(new BigDecimal("12.3"), RateApplied.PAR.unitsPerUsd());

    assertEquals(new BigDecimal("12.30"), dollars);
    assertEquals(2, dollars.scale());
  }

  @ParameterizedTest(name = "{0} at {1} is {2}")
  @CsvSource({
    "0.10, 0.8, 0.12",
    "0.14, 0.8, 0.18",
    "5, 200, 0.02",
    "15, 200, 0.08",
    "0.050, 0.4, 0.12",
    "0.150, 0.4, 0.38"
  })
  void halfACentIsRoundedToTheEvenCent(String amount, String unitsPerUsd, String expected) {
    assertEquals(new BigDecimal(expected), usd(amount, unitsPerUsd));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "15", "1000000", "7"})
  void aNegatedAmountConvertsToTheNegatedDollars(String yen) {
    assertEquals(usd(yen, "200").negate(), usd("-" + yen, "200"));
  }

  @Test
  void aTotalIsTheSumOfItsRoundedLinesNotTheConversionOfTheSummedAmounts() {
    List<BigDecimal> lines = List.of(usd("1", "150"), usd("1", "150"), usd("1", "150"));

    BigDecimal total = lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

    assertEquals(new BigDecimal("0.01"), lines.get(0));
    assertEquals(new BigDecimal("0.03"), total);
    assertNotEquals(usd("3", "150"), total, "converting the summed yen would show 0.02");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-110.5"})
  void aRateOfZeroOrLessIsRefused(String unitsPerUsd) {
    assertThrows(IllegalArgumentException.class, () -> usd("1000", unitsPerUsd));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0.125, 0.12", "0.135, 0.14", "-0.125, -0.12", "7, 7.00", "7.1, 7.10"})
  void dollarsAreKeptInCentsRoundedHalfToEven(String dollars, String expected) {
    BigDecimal cents = UsdConversion.cents(new BigDecimal(dollars));

    assertEquals(new BigDecimal(expected), cents);
    assertEquals(2, cents.scale());
  }
}

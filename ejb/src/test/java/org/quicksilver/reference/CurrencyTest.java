package org.quicksilver.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class CurrencyTest {
  private final Currency yen = new Currency("JPY", "Japanese yen", 0);
  private final Currency dollar = new Currency("USD", "US dollar", 2);
  private final Currency dinar = new Currency("KWD", "Kuwaiti dinar", 3);

  @Test
  void anAmountFinerThanTheMinorUnitIsRefusedRatherThanRounded() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> yen.exact(new BigDecimal("1000.5")));

    assertEquals("reference.currency.tooManyDecimals", refused.messageKey());
    assertArrayEquals(new Object[] {"JPY", 0}, refused.arguments());
  }

  @Test
  void centsBeyondTheSecondDecimalAreRefusedForDollars() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> dollar.exact(new BigDecimal("12.345")));

    assertEquals("reference.currency.tooManyDecimals", refused.messageKey());
  }

  @Test
  void aCurrencyWithThreeMinorUnitsKeepsAllThreeDecimals() {
    BigDecimal exact = dinar.exact(new BigDecimal("1000.500"));

    assertEquals(new BigDecimal("1000.500"), exact);
    assertEquals(3, exact.scale());
  }

  @Test
  void anAmountIsPaddedToTheCurrencysMinorUnits() {
    BigDecimal exact = dollar.exact(new BigDecimal("12.1"));

    assertEquals(new BigDecimal("12.10"), exact);
    assertEquals(2, exact.scale());
  }

  @Test
  void trailingZerosBeyondTheMinorUnitAreNotATypingError() {
    BigDecimal exact = yen.exact(new BigDecimal("1000.00"));

    assertEquals(new BigDecimal("1000"), exact);
    assertEquals(0, exact.scale());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void minorUnitsFromNoneToFourAreAccepted(int minorUnits) {
    Currency currency = new Currency("XXX", "Test", 2);

    currency.describe("Renamed", minorUnits);

    assertEquals("Renamed", currency.getName());
    assertEquals(minorUnits, currency.getMinorUnits());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5, 10})
  void minorUnitsOutsideNoneToFourAreRefused(int minorUnits) {
    Currency currency = new Currency("XXX", "Test", 2);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> currency.describe("Renamed", minorUnits));

    assertEquals("reference.currency.minorUnitsRange", refused.messageKey());
    assertEquals("Test", currency.getName());
    assertEquals(2, currency.getMinorUnits());
  }

  @Test
  void aNewCurrencyIsHeldToTheSameMinorUnitsRange() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new Currency("XXX", "Test", 5));

    assertEquals("reference.currency.minorUnitsRange", refused.messageKey());
  }
}

package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicksilver.funding.Fixtures.NOW;
import static org.quicksilver.funding.Fixtures.earmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class AllocationTest {
  private static final LocalDate ON = LocalDate.of(2018, 8, 1);
  private static final Allocation.Target DELEGATES =
      Allocation.Target.described("Participation of delegates, COP-3");

  private static Allocation allocate(Earmark earmark, String amount, Map<Long, BigDecimal> shares) {
    return new Allocation(earmark, DELEGATES, new BigDecimal(amount), ON, shares, "officer", NOW);
  }

  @Test
  void anAllocationKeepsTheSharesOfTheDonorsItDrawsOn() {
    Map<Long, BigDecimal> shares =
        Map.of(1L, new BigDecimal("600.00"), 2L, new BigDecimal("400.00"));

    Allocation allocation = allocate(earmark(), "1000.00", shares);

    assertEquals(new BigDecimal("1000.00"), allocation.getAmountUsd());
    assertEquals(shares, allocation.getShares());
  }

  @Test
  void anAllocationIsKeptInDollarsAndCents() {
    Allocation allocation = allocate(earmark(), "1000", Map.of(1L, new BigDecimal("1000.00")));

    assertEquals(new BigDecimal("1000.00"), allocation.getAmountUsd());
    assertEquals(2, allocation.getAmountUsd().scale());
  }

  @Test
  void anAllocationIsFromItsEarmark() {
    Earmark earmark = earmark();

    Allocation allocation = allocate(earmark, "10.00", Map.of(1L, new BigDecimal("10.00")));

    assertSame(earmark, allocation.getEarmark());
  }

  @Test
  void sharesThatDoNotAddUpToTheAllocationAreRefused() {
    Map<Long, BigDecimal> shares =
        Map.of(1L, new BigDecimal("600.00"), 2L, new BigDecimal("399.99"));

    assertThrows(IllegalArgumentException.class, () -> allocate(earmark(), "1000.00", shares));
  }

  @Test
  void sharesOfTheAttributionRuleAlwaysAddUpToTheAllocation() {
    Map<Long, BigDecimal> available =
        Map.of(
            1L, new BigDecimal("333.33"), 2L, new BigDecimal("333.33"), 3L, new BigDecimal("0.07"));
    BigDecimal amount = new BigDecimal("100.00");

    Allocation allocation = allocate(earmark(), "100.00", AttributionRule.share(available, amount));

    assertEquals(
        amount, allocation.getShares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "-10.00"})
  void anAllocationOfNothingOrLessIsRefused(String amount) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> allocate(earmark(), amount, Map.of()));

    assertEquals("funding.amount.positive", refused.messageKey());
  }

  @Test
  void theSharesOfAnAllocationCannotBeChangedFromOutside() {
    Map<Long, BigDecimal> shares = new HashMap<>(Map.of(1L, new BigDecimal("10.00")));
    Allocation allocation = allocate(earmark(), "10.00", shares);

    shares.put(2L, new BigDecimal("5.00"));

    assertEquals(Map.of(1L, new BigDecimal("10.00")), allocation.getShares());
    assertThrows(
        UnsupportedOperationException.class,
        () -> allocation.getShares().put(2L, new BigDecimal("5.00")));
  }
}

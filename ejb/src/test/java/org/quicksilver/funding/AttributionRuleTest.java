package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionRuleTest {
  /** Donor ids and amounts, in the order given. */
  private static Map<Long, BigDecimal> usd(Object... idsAndAmounts) {
    Map<Long, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < idsAndAmounts.length; i += 2) {
      map.put(
          ((Number) idsAndAmounts[i]).longValue(), new BigDecimal((String) idsAndAmounts[i + 1]));
    }
    return map;
  }

  private static Map<Long, BigDecimal> share(Map<Long, BigDecimal> available, String amount) {
    return AttributionRule.share(available, new BigDecimal(amount));
  }

  private static BigDecimal sum(Map<Long, BigDecimal> shares) {
    return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void aSingleDonorCarriesTheWholeAllocation() {
    assertEquals(usd(7, "250.00"), share(usd(7, "1000.00"), "250.00"));
  }

  @Test
  void donorsShareAnAllocationInProportionToWhatEachHasAvailable() {
    assertEquals(
        usd(1, "300.00", 2, "150.00", 3, "50.00"),
        share(usd(1, "600.00", 2, "300.00", 3, "100.00"), "500.00"));
  }

  @Test
  void allThatIsAvailableCanBeAllocatedAndThenEachDonorGivesAllItHas() {
    Map<Long, BigDecimal> available = usd(1, "333.33", 2, "0.01", 3, "666.66");

    assertEquals(available, share(available, "1000.00"));
  }

  @Test
  void theCentsLeftAfterRoundingDownGoOneEachToTheLargestRemainders() {
    // exact shares 0.119, 0.034 and 0.017: floors 0.11, 0.03, 0.01 leave two cents, which go to
    // the remainders 0.009 and 0.007, not to the larger balance with the remainder 0.004
    assertEquals(
        usd(1, "0.12", 2, "0.03", 3, "0.02"),
        share(usd(1, "70.00", 2, "20.00", 3, "10.00"), "0.17"));
  }

  @Test
  void betweenEqualRemaindersTheLeftOverCentGoesToTheLargerBalance() {
    // exact shares 0.004, 0.014 and 0.002: one cent left; donors 1 and 2 both have 0.004 over
    assertEquals(usd(2, "0.02"), share(usd(1, "2.00", 2, "7.00", 3, "1.00"), "0.02"));
  }

  @Test
  void betweenEqualRemaindersAndBalancesTheLeftOverCentGoesToTheLowerDonorId() {
    Map<Long, BigDecimal> shares = share(usd(5, "100.00", 3, "100.00", 9, "100.00"), "1.00");

    assertEquals(usd(5, "0.33", 3, "0.34", 9, "0.33"), shares);
  }

  @Test
  void aDonorWhoseShareRoundsToNothingGetsNoEntry() {
    Map<Long, BigDecimal> shares = share(usd(1, "1000000.00", 2, "0.01"), "0.01");

    assertEquals(usd(1, "0.01"), shares);
  }

  @Test
  void donorsWithNothingOrLessAvailableTakeNoPart() {
    Map<Long, BigDecimal> shares = share(usd(1, "100.00", 2, "0.00", 3, "-20.00"), "100.00");

    assertEquals(usd(1, "100.00"), shares);
    assertFalse(shares.containsKey(2L));
    assertFalse(shares.containsKey(3L));
  }

  @Test
  void sharesAlwaysAddUpToTheAllocationToTheCentAndNoDonorGivesMoreThanItHas() {
    Map<Long, BigDecimal> available =
        usd(11, "333.33", 12, "333.33", 13, "0.07", 14, "1234.56", 15, "9.99", 16, "0.01");
    for (int cents = 1; cents <= 191_129; cents += 97) {
      BigDecimal amount = BigDecimal.valueOf(cents, 2);

      Map<Long, BigDecimal> shares = AttributionRule.share(available, amount);

      assertEquals(amount, sum(shares), () -> "shares of " + amount + ": " + shares);
      shares.forEach(
          (donor, share) -> {
            assertEquals(2, share.scale(), () -> "share of " + donor + " for " + amount);
            assertTrue(share.signum() > 0, () -> "share of " + donor + " for " + amount);
            assertTrue(
                share.compareTo(available.get(donor)) <= 0,
                () -> "share of " + donor + " for " + amount + ": " + share);
          });
    }
  }

  @Test
  void moreThanIsAvailableCannotBeAttributed() {
    Map<Long, BigDecimal> available = usd(1, "600.00", 2, "400.00", 3, "-50.00");

    assertThrows(IllegalArgumentException.class, () -> share(available, "1000.01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "-0.01"})
  void nothingOrLessCannotBeAttributed(String amount) {
    assertThrows(IllegalArgumentException.class, () -> share(usd(1, "100.00"), amount));
  }

  @Test
  void nothingCanBeAttributedWhenNoDonorHasMoneyLeft() {
    assertThrows(IllegalArgumentException.class, () -> share(usd(), "0.01"));
    assertThrows(IllegalArgumentException.class, () -> share(usd(1, "-5.00"), "0.01"));
  }
}

package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpentShareTest {
  private static Map<Long, BigDecimal> usd(Object... idsAndAmounts) {
    Map<Long, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < idsAndAmounts.length; i += 2) {
      map.put(
          ((Number) idsAndAmounts[i]).longValue(), new BigDecimal((String) idsAndAmounts[i + 1]));
    }
    return map;
  }

  private static BigDecimal sum(Map<Long, BigDecimal> parts) {
    return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void nothingSpentIsNothingForEveryDonor() {
    assertEquals(
        usd(1, "0.00", 2, "0.00"), SpentShare.of(usd(1, "100.00", 2, "50.00"), BigDecimal.ZERO));
  }

  @Test
  void anExpenseIsSpentInProportionToTheShares() {
    assertEquals(
        usd(1, "60.00", 2, "30.00"),
        SpentShare.of(usd(1, "100.00", 2, "50.00"), new BigDecimal("90.00")));
  }

  @Test
  void thePartsAddUpToTheCentWithTheCentsLeftToTheLargestRemainders() {
    // exact parts 33.333.., 33.333.., 33.333..: one cent left, to the lower donor id on a tie
    Map<Long, BigDecimal> parts =
        SpentShare.of(usd(3, "100.00", 1, "100.00", 2, "100.00"), new BigDecimal("100.00"));
    assertEquals(usd(1, "33.34", 2, "33.33", 3, "33.33"), parts);
    assertEquals(new BigDecimal("100.00"), sum(parts));
  }

  @Test
  void aWhollySpentAllocationSpendsEachShareEntirely() {
    Map<Long, BigDecimal> shares = usd(1, "48748.04", 2, "57772.44", 3, "47131.01");
    assertEquals(shares, SpentShare.of(shares, sum(shares)));
  }

  @Test
  void periodsAddUpExactlyAndEachPeriodsPartsAddUpToWhatWasSpentInIt() {
    Map<Long, BigDecimal> shares = usd(1, "0.07", 2, "0.03", 3, "0.07");
    BigDecimal[] cumulative = {
      BigDecimal.ZERO, new BigDecimal("0.05"), new BigDecimal("0.11"), new BigDecimal("0.17")
    };
    for (int p = 1; p < cumulative.length; p++) {
      BigDecimal period = BigDecimal.ZERO;
      for (long donor = 1; donor <= 3; donor++) {
        period = period.add(SpentShare.between(shares, donor, cumulative[p - 1], cumulative[p]));
      }
      assertEquals(cumulative[p].subtract(cumulative[p - 1]), period);
    }
    BigDecimal donorOneOverAll = BigDecimal.ZERO;
    for (int p = 1; p < cumulative.length; p++) {
      donorOneOverAll =
          donorOneOverAll.add(SpentShare.between(shares, 1, cumulative[p - 1], cumulative[p]));
    }
    assertEquals(new BigDecimal("0.07"), donorOneOverAll);
  }

  @Test
  void aDonorWithoutAShareSpendsNothing() {
    assertEquals(
        new BigDecimal("0.00"),
        SpentShare.between(usd(1, "10.00"), 9, BigDecimal.ZERO, new BigDecimal("5.00")));
  }

  @Test
  void moreThanTheAllocationOrANegativeAmountIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SpentShare.of(usd(1, "10.00"), new BigDecimal("10.01")));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpentShare.of(usd(1, "10.00"), new BigDecimal("-1.00")));
  }
}

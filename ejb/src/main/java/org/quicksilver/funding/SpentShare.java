package org.quicksilver.funding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Whose money an allocation's expenses spent. Money set aside from several donors is spent in
 * proportion to their shares of the allocation: the donors' parts of what has been spent from it up
 * to a day are {@link AttributionRule}'s shares of that cumulative amount (rounded down to the
 * cent, the cents left to the largest remainders), so they always add up to the cent to what was
 * spent. What a donor spent in a period is its part up to the period's end minus its part up to the
 * day before it starts: periods add up exactly, and every donor's parts of the period add up to
 * what the allocation spent in it.
 */
public final class SpentShare {
  private SpentShare() {}

  /**
   * @param shares per donor id, its share of the allocation (they add up to the allocation)
   * @param spent what has been spent from the allocation, at most its amount
   * @return per donor id of {@code shares}, its part of {@code spent} (zero when nothing was)
   */
  public static Map<Long, BigDecimal> of(Map<Long, BigDecimal> shares, BigDecimal spent) {
    Map<Long, BigDecimal> parts = new HashMap<>();
    shares.keySet().forEach(donor -> parts.put(donor, zero()));
    if (spent.signum() > 0) {
      parts.putAll(AttributionRule.share(shares, spent));
    } else if (spent.signum() < 0) {
      throw new IllegalArgumentException("Spent cannot be negative: " + spent);
    }
    return parts;
  }

  /** One donor's part of what was spent from the allocation between two cumulative amounts. */
  public static BigDecimal between(
      Map<Long, BigDecimal> shares, long donorId, BigDecimal spentBefore, BigDecimal spentToEnd) {
    BigDecimal before = of(shares, spentBefore).getOrDefault(donorId, zero());
    BigDecimal toEnd = of(shares, spentToEnd).getOrDefault(donorId, zero());
    return toEnd.subtract(before);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(UsdConversion.CENTS);
  }
}

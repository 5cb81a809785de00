package org.quicksilver.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose money an allocation draws on. Money in one fund and earmark is pooled: an allocation is
 * shared among the donors who still have money there, in proportion to what each has available
 * (received minus already attributed). Shares are rounded down to the cent and the cents left over
 * go, one each, to the largest remainders (ties: the larger balance, then the lower donor id), so
 * the shares always add up to the allocation exactly.
 */
public final class AttributionRule {
  private AttributionRule() {}

  /**
   * @param available per donor id, the USD each still has in the fund and earmark (positive)
   * @param amount the USD to allocate, at most the sum of what is available
   * @return per donor id, the share of the allocation; donors with nothing get no entry
   */
  public static Map<Long, BigDecimal> share(Map<Long, BigDecimal> available, BigDecimal amount) {
    BigDecimal total =
        available.values().stream()
            .filter(v -> v.signum() > 0)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (amount.signum() <= 0 || amount.compareTo(total) > 0) {
      throw new IllegalArgumentException("Cannot attribute " + amount + " of " + total);
    }
    record Part(Long donor, BigDecimal balance, BigDecimal floor, BigDecimal remainder) {}
    List<Part> parts = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (var entry : available.entrySet()) {
      if (entry.getValue().signum() <= 0) {
        continue;
      }
      BigDecimal exact = amount.multiply(entry.getValue()).divide(total, 10, RoundingMode.DOWN);
      BigDecimal floor = exact.setScale(UsdConversion.CENTS, RoundingMode.DOWN);
      parts.add(new Part(entry.getKey(), entry.getValue(), floor, exact.subtract(floor)));
      given = given.add(floor);
    }
    int centsLeft = amount.subtract(given).movePointRight(UsdConversion.CENTS).intValueExact();
    parts.sort(
        Comparator.comparing(Part::remainder)
            .reversed()
            .thenComparing(Comparator.comparing(Part::balance).reversed())
            .thenComparing(Part::donor));
    Map<Long, BigDecimal> shares = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      BigDecimal share =
          i < centsLeft
              ? part.floor().add(BigDecimal.ONE.movePointLeft(UsdConversion.CENTS))
              : part.floor();
      if (share.signum() > 0) {
        shares.put(part.donor(), share);
      }
    }
    return shares;
  }
}

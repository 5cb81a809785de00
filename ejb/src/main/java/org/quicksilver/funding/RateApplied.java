package org.quicksilver.funding;

import java.math.BigDecimal;

/**
 * The rate a conversion used and where it came from: the UN operational rate of the month, or
 * another rate someone entered, with their reason. Kept on every converted line.
 */
public record RateApplied(BigDecimal unitsPerUsd, String source, String overrideReason) {
  public static final RateApplied PAR = new RateApplied(BigDecimal.ONE, "USD", null);

  public boolean isOverride() {
    return overrideReason != null;
  }
}

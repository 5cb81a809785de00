package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.quicksilver.programme.rules.Coverage;

/**
 * One ranked application with the money beside it.
 *
 * @param score weighted mean of the submitted sheets, out of 100
 * @param means each criterion's mean on its own scale, in the criteria's order
 * @param disagreements criteria codes on which members lie far apart, with lowest and highest
 * @param runningTotal what it and every application above it request together
 * @param firstBelowLine the first application the available balance no longer covers
 */
public record RankingLine(
    int position,
    Long applicationId,
    String reference,
    String title,
    String countryCode,
    BigDecimal requested,
    BigDecimal score,
    int sheetsSubmitted,
    List<BigDecimal> means,
    List<String> disagreements,
    BigDecimal runningTotal,
    Coverage coverage,
    boolean firstBelowLine)
    implements Serializable {

  public boolean needsDiscussion() {
    return !disagreements.isEmpty();
  }
}

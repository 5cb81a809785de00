package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the committee's ranking.
 *
 * @param position 1 for the best
 * @param applicationReference which application
 * @param score weighted mean of submitted sheets, out of 100
 * @param sheetsSubmitted how many sheets the score rests on
 * @param disagreements criteria to discuss before trusting the score
 */
public record RankedApplication(
    int position,
    String applicationReference,
    BigDecimal score,
    int sheetsSubmitted,
    List<Disagreement> disagreements) {
  public boolean needsDiscussion() {
    return !disagreements.isEmpty();
  }
}

package org.quicksilver.projects.rules;

import java.util.Comparator;
import java.util.Optional;

/**
 * Which money paid a participant's travel: a fund and, when a donor earmarked it, the earmark. The
 * donor report follows its earmark down to the people it brought to an activity.
 *
 * @param fundCode e.g. "SIP" or "GTF"
 * @param earmarkCode absent for the fund's unearmarked money
 */
public record TravelFunding(String fundCode, Optional<String> earmarkCode) {
  static final Comparator<TravelFunding> BY_CODES =
      Comparator.comparing(TravelFunding::fundCode)
          .thenComparing(funding -> funding.earmarkCode().orElse(""));

  public TravelFunding {
    fundCode = Text.required(fundCode, "projects.participant.fundRequired");
    earmarkCode = earmarkCode.filter(code -> !Text.isBlank(code)).map(String::strip);
  }

  public static TravelFunding fromFund(String fundCode) {
    return new TravelFunding(fundCode, Optional.empty());
  }

  public static TravelFunding fromEarmark(String fundCode, String earmarkCode) {
    return new TravelFunding(fundCode, Optional.of(earmarkCode));
  }
}

package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.quicksilver.platform.Translations;
import org.quicksilver.programme.rules.ScoringState;

/** An application in a member's scoring queue, with where their own sheet stands. */
public record QueueRow(
    Long applicationId,
    int roundNumber,
    String reference,
    String title,
    String countryCode,
    String countryNameEn,
    String countryNameFr,
    String countryNameEs,
    BigDecimal amountRequested,
    int durationMonths,
    ScoringState state)
    implements Serializable {

  public String countryName(Locale locale) {
    return Translations.pick(locale, countryNameEn, countryNameFr, countryNameEs);
  }
}

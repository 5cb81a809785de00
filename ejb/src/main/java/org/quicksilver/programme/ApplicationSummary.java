package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.quicksilver.platform.Translations;
import org.quicksilver.programme.rules.ApplicationStatus;

/** What a member reads before scoring an application. */
public record ApplicationSummary(
    Long id,
    int roundNumber,
    String reference,
    String title,
    String countryCode,
    String countryNameEn,
    String countryNameFr,
    String countryNameEs,
    BigDecimal amountRequested,
    int durationMonths,
    String summary,
    String objectives,
    ApplicationStatus status)
    implements Serializable {

  public String countryName(Locale locale) {
    return Translations.pick(locale, countryNameEn, countryNameFr, countryNameEs);
  }
}

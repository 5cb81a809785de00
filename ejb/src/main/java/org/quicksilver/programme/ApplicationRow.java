package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.quicksilver.platform.Translations;
import org.quicksilver.programme.rules.ApplicationFlag;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.reference.RegionalGroup;

/** An application as the list shows it; its flags are derived from its round's limits. */
public record ApplicationRow(
    Long id,
    String reference,
    Long roundId,
    int roundNumber,
    String roundTitle,
    LocalDate opensOn,
    LocalDate closesOn,
    BigDecimal minimumUsd,
    BigDecimal maximumUsd,
    int maximumMonths,
    Long countryId,
    String isoCode,
    String countryEn,
    String countryFr,
    String countryEs,
    RegionalGroup regionalGroup,
    String title,
    BigDecimal amountRequested,
    int durationMonths,
    ApplicationStatus status,
    Instant receivedAt,
    String lateReason,
    long version)
    implements Serializable {

  public String countryName(Locale locale) {
    return Translations.pick(locale, countryEn, countryFr, countryEs);
  }

  public List<ApplicationFlag> flags() {
    return ApplicationFlags.of(
        roundTitle,
        opensOn,
        closesOn,
        minimumUsd,
        maximumUsd,
        maximumMonths,
        receivedAt,
        lateReason,
        amountRequested,
        durationMonths);
  }
}

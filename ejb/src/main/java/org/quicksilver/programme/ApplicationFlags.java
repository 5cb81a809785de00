package org.quicksilver.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicksilver.programme.rules.ApplicationFlag;
import org.quicksilver.programme.rules.Registration;

/** What the committee should notice about an application, from its round's rules. */
final class ApplicationFlags {
  private ApplicationFlags() {}

  static List<ApplicationFlag> of(
      String roundTitle,
      LocalDate opensOn,
      LocalDate closesOn,
      BigDecimal minimumUsd,
      BigDecimal maximumUsd,
      int maximumMonths,
      Instant receivedAt,
      String lateReason,
      BigDecimal amountRequested,
      int durationMonths) {
    var round =
        new org.quicksilver.programme.rules.Round(
            roundTitle, opensOn, closesOn, minimumUsd, maximumUsd, maximumMonths);
    var registration =
        new Registration(
            receivedAt,
            LocalDate.ofInstant(receivedAt, org.quicksilver.programme.rules.Round.GENEVA),
            Optional.ofNullable(lateReason));
    return round.flagsFor(registration, amountRequested, durationMonths);
  }
}

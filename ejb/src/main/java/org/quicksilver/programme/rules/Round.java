package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * A call for applications, open on fixed dates with the Board's limits on amount and duration.
 * Dates are read in the secretariat's time zone (Geneva), so an application sent at 23:30 on the
 * closing day in Geneva is on time whatever the clock of the server says.
 */
public final class Round {
  /** The time zone database has no "Europe/Geneva": all of Switzerland is "Europe/Zurich". */
  public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

  private final String name;
  private final LocalDate opensOn;
  private final LocalDate closesOn;
  private final BigDecimal minimumAmount;
  private final BigDecimal maximumAmount;
  private final int maximumDurationMonths;

  /**
   * @param opensOn first day applications are accepted, inclusive
   * @param closesOn last day applications are accepted, inclusive
   */
  public Round(
      String name,
      LocalDate opensOn,
      LocalDate closesOn,
      BigDecimal minimumAmount,
      BigDecimal maximumAmount,
      int maximumDurationMonths) {
    if (closesOn.isBefore(opensOn)) {
      throw new InvalidInputException("programme.round.closesBeforeOpening", opensOn, closesOn);
    }
    BigDecimal minimum = Usd.positive(minimumAmount);
    BigDecimal maximum = Usd.positive(maximumAmount);
    if (maximum.compareTo(minimum) < 0) {
      throw new InvalidInputException("programme.round.maximumBelowMinimum", minimum, maximum);
    }
    if (maximumDurationMonths <= 0) {
      throw new InvalidInputException("programme.round.durationNotPositive", maximumDurationMonths);
    }
    this.name = Text.required(name, "programme.round.nameRequired");
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.minimumAmount = minimum;
    this.maximumAmount = maximum;
    this.maximumDurationMonths = maximumDurationMonths;
  }

  public boolean isOpenAt(Instant moment) {
    LocalDate day = dayOf(moment);
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }

  /**
   * Registers an application as received. Outside the window the secretariat may still register it
   * (a courier delayed, a Board decision) but must record why, so the committee can judge.
   */
  public Registration register(Instant receivedAt, String reasonIfOutsideWindow) {
    LocalDate day = dayOf(receivedAt);
    if (isOpenAt(receivedAt)) {
      return new Registration(receivedAt, day, Optional.empty());
    }
    if (Text.isBlank(reasonIfOutsideWindow)) {
      throw new InvalidInputException("programme.round.closed", name, day, opensOn, closesOn);
    }
    return new Registration(receivedAt, day, Optional.of(reasonIfOutsideWindow.strip()));
  }

  /** What the committee should notice about an application, in a stable order. */
  public List<ApplicationFlag> flagsFor(
      Registration registration, BigDecimal amountRequested, int durationMonths) {
    List<ApplicationFlag> flags = new ArrayList<>();
    if (registration.isOutsideWindow()) {
      flags.add(ApplicationFlag.RECEIVED_OUTSIDE_WINDOW);
    }
    if (amountRequested.compareTo(minimumAmount) < 0) {
      flags.add(ApplicationFlag.AMOUNT_BELOW_MINIMUM);
    }
    if (amountRequested.compareTo(maximumAmount) > 0) {
      flags.add(ApplicationFlag.AMOUNT_ABOVE_MAXIMUM);
    }
    if (durationMonths > maximumDurationMonths) {
      flags.add(ApplicationFlag.DURATION_OVER_MAXIMUM);
    }
    return List.copyOf(flags);
  }

  private static LocalDate dayOf(Instant moment) {
    return LocalDate.ofInstant(moment, GENEVA);
  }

  public String getName() {
    return name;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public BigDecimal getMinimumAmount() {
    return minimumAmount;
  }

  public BigDecimal getMaximumAmount() {
    return maximumAmount;
  }

  public int getMaximumDurationMonths() {
    return maximumDurationMonths;
  }
}

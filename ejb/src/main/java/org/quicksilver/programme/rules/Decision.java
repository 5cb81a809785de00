package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A ruling recorded at a meeting. It cannot be edited: while its meeting is open the committee may
 * rule again (the new decision replaces it in that meeting); once the meeting is closed only a
 * decision of a later meeting can supersede it, and that one cites it.
 */
public final class Decision {
  private final Meeting meeting;
  private final String applicationReference;
  private final BigDecimal amountRequested;
  private final Ruling ruling;
  private final Optional<Decision> supersedes;

  Decision(
      Meeting meeting,
      String applicationReference,
      BigDecimal amountRequested,
      Ruling ruling,
      Optional<Decision> supersedes) {
    this.meeting = meeting;
    this.applicationReference = applicationReference;
    this.amountRequested = amountRequested;
    this.ruling = ruling;
    this.supersedes = supersedes;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public String getApplicationReference() {
    return applicationReference;
  }

  public BigDecimal getAmountRequested() {
    return amountRequested;
  }

  public Outcome getOutcome() {
    return ruling.outcome();
  }

  public Optional<BigDecimal> getApprovedAmount() {
    return ruling.approvedAmount();
  }

  public Optional<String> getConditions() {
    return ruling.conditions();
  }

  public String getReasons() {
    return ruling.reasons();
  }

  /** The earlier decision, of a closed meeting, that this one replaces. */
  public Optional<Decision> getSupersedes() {
    return supersedes;
  }
}

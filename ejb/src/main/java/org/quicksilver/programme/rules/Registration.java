package org.quicksilver.programme.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When an application was received and, if outside its round's window, why it was registered
 * anyway.
 *
 * @param receivedAt the moment it arrived
 * @param receivedOn the same moment as a date in the round's time zone, as the record shows it
 * @param lateReason present only when the round was not open
 */
public record Registration(Instant receivedAt, LocalDate receivedOn, Optional<String> lateReason) {
  public boolean isOutsideWindow() {
    return lateReason.isPresent();
  }
}

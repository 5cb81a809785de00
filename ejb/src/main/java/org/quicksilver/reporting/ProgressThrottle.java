package org.quicksilver.reporting;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides when a job's progress is worth writing to the database: when it has grown by {@link
 * #STEP_PERCENT} points, or has grown at all and {@link #INTERVAL} has passed since the last write.
 * A fast report thus writes at most twenty times, a slow one about twice a second. Not thread-safe:
 * one per job, on the job's thread.
 */
final class ProgressThrottle {
  static final int STEP_PERCENT = 5;
  static final Duration INTERVAL = Duration.ofMillis(500);

  private int written = -1;
  private Instant writtenAt;

  /** True if {@code percent} should be written now; it then counts as written. */
  boolean due(int percent, Instant now) {
    if (percent <= written) {
      return false;
    }
    boolean due =
        writtenAt == null
            || percent - written >= STEP_PERCENT
            || !now.isBefore(writtenAt.plus(INTERVAL));
    if (due) {
      written = percent;
      writtenAt = now;
    }
    return due;
  }
}

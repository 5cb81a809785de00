package org.quicksilver.programme.rules;

/**
 * What the secretariat points out to the committee without refusing: the Board may still accept an
 * application slightly over the ceiling or received late for a good reason.
 */
public enum ApplicationFlag {
  RECEIVED_OUTSIDE_WINDOW,
  AMOUNT_BELOW_MINIMUM,
  AMOUNT_ABOVE_MAXIMUM,
  DURATION_OVER_MAXIMUM
}

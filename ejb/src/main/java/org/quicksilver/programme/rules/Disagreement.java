package org.quicksilver.programme.rules;

/**
 * A criterion on which members' submitted scores lie far apart: the highest minus the lowest is at
 * least half the criterion's scale (e.g. 2 and 4 on 0..4, or 1 and 4 on 0..5). Worth a discussion
 * at the meeting before the ranking is trusted.
 */
public record Disagreement(String criterionCode, int lowest, int highest) {
  static boolean isWide(Scale scale, int lowest, int highest) {
    // Doubled to compare whole numbers: max − min ≥ range / 2 without rounding range / 2.
    return 2 * (highest - lowest) >= scale.range();
  }
}

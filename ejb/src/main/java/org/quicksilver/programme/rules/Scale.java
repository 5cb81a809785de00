package org.quicksilver.programme.rules;

import org.quicksilver.platform.InvalidInputException;

/**
 * The whole numbers a criterion is scored on, both ends included (e.g. 0..5).
 *
 * @param min the lowest score
 * @param max the highest score, above min
 */
public record Scale(int min, int max) {
  public Scale {
    if (max <= min) {
      throw new InvalidInputException("programme.criterion.scaleEmpty", min, max);
    }
  }

  public boolean contains(int score) {
    return score >= min && score <= max;
  }

  public int range() {
    return max - min;
  }
}

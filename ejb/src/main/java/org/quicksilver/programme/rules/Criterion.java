package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import org.quicksilver.platform.InvalidInputException;

/**
 * One evaluation criterion the Board adopted for a round.
 *
 * @param code short and stable, e.g. "RELEVANCE"; scores refer to it
 * @param name as shown on the score sheet
 * @param weightPercent its share of the total, in percent; a round's weights add up to 100
 * @param scale the whole numbers it is scored on
 */
public record Criterion(String code, String name, BigDecimal weightPercent, Scale scale) {
  public Criterion {
    code = Text.required(code, "programme.criterion.codeRequired");
    if (weightPercent.signum() <= 0) {
      throw new InvalidInputException("programme.criterion.weightNotPositive", code, weightPercent);
    }
  }
}

package org.quicksilver.funding.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate table's answers for one file: a statement has many receipts in the same currency and
 * month, and the question is asked once for all of them.
 */
final class RateAnswers {
  private record Question(String currency, YearMonth month, BigDecimal entered, String reason) {}

  private final RateTrial rates;
  private final Map<Question, RateTrial.Answer> answers = new HashMap<>();

  RateAnswers(RateTrial rates) {
    this.rates = rates;
  }

  RateTrial.Answer resolve(String currency, LocalDate on, BigDecimal entered, String reason) {
    BigDecimal rate = entered == null ? null : entered.stripTrailingZeros();
    return answers.computeIfAbsent(
        new Question(currency, YearMonth.from(on), rate, reason),
        q -> rates.resolve(currency, on, rate, reason));
  }
}

package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * What the committee rules on one application, before it is recorded against a meeting. Every
 * outcome has written reasons: the applicant Party, the Board and donors read them later.
 *
 * @param approvedAmount present, above zero, for an approval; absent otherwise
 * @param conditions present for an approval with conditions; absent otherwise
 */
public record Ruling(
    Outcome outcome,
    Optional<BigDecimal> approvedAmount,
    Optional<String> conditions,
    String reasons) {
  public Ruling {
    reasons = Text.required(reasons, "programme.decision.reasonsRequired");
    conditions = conditions.filter(text -> !Text.isBlank(text)).map(String::strip);
    if (outcome.grantsMoney()) {
      approvedAmount =
          Optional.of(
              Usd.positive(
                  approvedAmount.orElseThrow(
                      () -> new InvalidInputException("programme.decision.amountRequired"))));
    } else if (approvedAmount.isPresent()) {
      throw new InvalidInputException("programme.decision.amountNotExpected", outcome);
    }
    boolean withConditions = outcome == Outcome.APPROVED_WITH_CONDITIONS;
    if (withConditions && conditions.isEmpty()) {
      throw new InvalidInputException("programme.decision.conditionsRequired");
    }
    if (!withConditions && conditions.isPresent()) {
      throw new InvalidInputException("programme.decision.conditionsNotExpected", outcome);
    }
  }

  public static Ruling approve(BigDecimal amount, String reasons) {
    return new Ruling(Outcome.APPROVED, Optional.ofNullable(amount), Optional.empty(), reasons);
  }

  public static Ruling approveWithConditions(BigDecimal amount, String conditions, String reasons) {
    return new Ruling(
        Outcome.APPROVED_WITH_CONDITIONS,
        Optional.ofNullable(amount),
        Optional.ofNullable(conditions),
        reasons);
  }

  public static Ruling defer(String reasons) {
    return new Ruling(Outcome.DEFERRED, Optional.empty(), Optional.empty(), reasons);
  }

  public static Ruling reject(String reasons) {
    return new Ruling(Outcome.REJECTED, Optional.empty(), Optional.empty(), reasons);
  }
}

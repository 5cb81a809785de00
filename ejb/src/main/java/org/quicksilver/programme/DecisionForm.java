package org.quicksilver.programme;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.programme.rules.Ruling;

/** A decision as the chair and the secretariat record it. */
public class DecisionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Outcome outcome;

  @Digits(integer = 17, fraction = 2)
  private BigDecimal approvedUsd;

  @Size(max = 2000)
  private String conditions;

  @NotBlank
  @Size(max = 4000)
  private String reasons;

  /** The ruling, checked by the rules (reasons, amount only for approvals, conditions). */
  public Ruling ruling() {
    return new Ruling(
        outcome,
        outcome.grantsMoney() ? Optional.ofNullable(approvedUsd) : Optional.empty(),
        outcome == Outcome.APPROVED_WITH_CONDITIONS
            ? Optional.ofNullable(conditions)
            : Optional.empty(),
        reasons);
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public BigDecimal getApprovedUsd() {
    return approvedUsd;
  }

  public void setApprovedUsd(BigDecimal approvedUsd) {
    this.approvedUsd = approvedUsd;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }
}

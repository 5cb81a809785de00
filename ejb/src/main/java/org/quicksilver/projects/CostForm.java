package org.quicksilver.projects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cost of an activity: paid from its allocation, or from the earmark given (else the project's).
 */
public class CostForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull
  @Positive
  @Digits(integer = 17, fraction = 2)
  private BigDecimal amountUsd;

  @NotNull private LocalDate spentOn;

  @NotBlank
  @Size(max = 300)
  private String description;

  private Long earmarkId;

  public BigDecimal getAmountUsd() {
    return amountUsd;
  }

  public void setAmountUsd(BigDecimal amountUsd) {
    this.amountUsd = amountUsd;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public void setSpentOn(LocalDate spentOn) {
    this.spentOn = spentOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getEarmarkId() {
    return earmarkId;
  }

  public void setEarmarkId(Long earmarkId) {
    this.earmarkId = earmarkId;
  }
}

package org.quicksilver.funding;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money to set aside from a fund and earmark, and what for. */
public class AllocationForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Long earmarkId;

  @NotBlank
  @Size(max = 300)
  private String purpose;

  @NotNull
  @Positive
  @Digits(integer = 17, fraction = 2)
  private BigDecimal amountUsd;

  @NotNull private LocalDate allocatedOn;

  @Size(max = 30)
  private String targetKind;

  private Long targetId;

  public Long getEarmarkId() {
    return earmarkId;
  }

  public void setEarmarkId(Long earmarkId) {
    this.earmarkId = earmarkId;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose == null ? null : purpose.trim();
  }

  public BigDecimal getAmountUsd() {
    return amountUsd;
  }

  public void setAmountUsd(BigDecimal amountUsd) {
    this.amountUsd = amountUsd;
  }

  public LocalDate getAllocatedOn() {
    return allocatedOn;
  }

  public void setAllocatedOn(LocalDate allocatedOn) {
    this.allocatedOn = allocatedOn;
  }

  public String getTargetKind() {
    return targetKind;
  }

  public void setTargetKind(String targetKind) {
    this.targetKind = targetKind;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }
}

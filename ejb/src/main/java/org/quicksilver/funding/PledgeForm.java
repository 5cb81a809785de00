package org.quicksilver.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A pledge or agreement as the finance officer types it from the donor's letter. */
public class PledgeForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Long donorId;
  @NotNull private Long earmarkId;
  @NotNull private PledgeKind kind = PledgeKind.PLEDGE;

  @NotBlank
  @Size(max = 60)
  private String reference;

  @NotNull private LocalDate pledgedOn;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  @NotNull private LocalDate expectedBy;
  @NotNull @Positive private BigDecimal amount;

  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "{quicksilver.isoCurrencyCode}")
  private String currencyCode;

  @Positive private BigDecimal unitsPerUsd;

  @Size(max = 500)
  private String rateOverrideReason;

  @Size(max = 1000)
  private String conditions;

  public Long getDonorId() {
    return donorId;
  }

  public void setDonorId(Long donorId) {
    this.donorId = donorId;
  }

  public Long getEarmarkId() {
    return earmarkId;
  }

  public void setEarmarkId(Long earmarkId) {
    this.earmarkId = earmarkId;
  }

  public PledgeKind getKind() {
    return kind;
  }

  public void setKind(PledgeKind kind) {
    this.kind = kind;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference == null ? null : reference.trim();
  }

  public LocalDate getPledgedOn() {
    return pledgedOn;
  }

  public void setPledgedOn(LocalDate pledgedOn) {
    this.pledgedOn = pledgedOn;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public LocalDate getExpectedBy() {
    return expectedBy;
  }

  public void setExpectedBy(LocalDate expectedBy) {
    this.expectedBy = expectedBy;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  public void setCurrencyCode(String currencyCode) {
    this.currencyCode = currencyCode;
  }

  public BigDecimal getUnitsPerUsd() {
    return unitsPerUsd;
  }

  public void setUnitsPerUsd(BigDecimal unitsPerUsd) {
    this.unitsPerUsd = unitsPerUsd;
  }

  public String getRateOverrideReason() {
    return rateOverrideReason;
  }

  public void setRateOverrideReason(String rateOverrideReason) {
    this.rateOverrideReason = rateOverrideReason;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }
}

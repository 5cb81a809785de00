package org.quicksilver.funding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A receipt as the finance officer types it (or an import row gives it). */
public class ReceiptForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Long donorId;
  @NotNull private Long earmarkId;
  private Long pledgeId;
  @NotNull private LocalDate receivedOn;
  @NotNull @Positive private BigDecimal amount;

  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "{quicksilver.isoCurrencyCode}")
  private String currencyCode;

  /** Only when another rate than the UN operational rate of the month applies. */
  @Positive private BigDecimal unitsPerUsd;

  @Size(max = 500)
  private String rateOverrideReason;

  @Size(max = 100)
  private String bankReference;

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

  public Long getPledgeId() {
    return pledgeId;
  }

  public void setPledgeId(Long pledgeId) {
    this.pledgeId = pledgeId;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
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

  public String getBankReference() {
    return bankReference;
  }

  public void setBankReference(String bankReference) {
    this.bankReference = bankReference;
  }
}

package org.quicksilver.funding;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A monthly UN operational rate as typed (or read from a CSV line). */
public class RateForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "{quicksilver.isoCurrencyCode}")
  private String currencyCode;

  /** Any day of the month; the rate applies to the whole month. */
  @NotNull private LocalDate month;

  @NotNull
  @Positive
  @Digits(integer = 11, fraction = 8)
  private BigDecimal unitsPerUsd;

  @NotBlank
  @Size(max = 200)
  private String source = "UN operational rates of exchange";

  /** The version of the rate being corrected; null when recording a new month. */
  private Long version;

  public static RateForm correcting(RateRow row) {
    RateForm form = new RateForm();
    form.setCurrencyCode(row.currencyCode());
    form.setMonth(row.month());
    form.setUnitsPerUsd(row.unitsPerUsd());
    form.setSource(row.source());
    form.version = row.version();
    return form;
  }

  public Long getVersion() {
    return version;
  }

  public boolean isCorrection() {
    return version != null;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  public void setCurrencyCode(String currencyCode) {
    this.currencyCode =
        currencyCode == null ? null : currencyCode.trim().toUpperCase(java.util.Locale.ROOT);
  }

  public LocalDate getMonth() {
    return month;
  }

  public void setMonth(LocalDate month) {
    this.month = month;
  }

  public BigDecimal getUnitsPerUsd() {
    return unitsPerUsd;
  }

  public void setUnitsPerUsd(BigDecimal unitsPerUsd) {
    this.unitsPerUsd = unitsPerUsd;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source == null ? null : source.trim();
  }
}

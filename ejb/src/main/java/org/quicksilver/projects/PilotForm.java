package org.quicksilver.projects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A new national pilot project of a project. */
public class PilotForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Long projectId;

  @NotNull private Long countryId;

  private Long partnerId;

  @NotBlank
  @Size(max = 300)
  private String title;

  @NotNull
  @PositiveOrZero
  @Digits(integer = 17, fraction = 2)
  private BigDecimal budgetUsd = BigDecimal.ZERO;

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public BigDecimal getBudgetUsd() {
    return budgetUsd;
  }

  public void setBudgetUsd(BigDecimal budgetUsd) {
    this.budgetUsd = budgetUsd;
  }
}

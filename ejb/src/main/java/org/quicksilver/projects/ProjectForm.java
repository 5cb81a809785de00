package org.quicksilver.projects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new project as the programme officer types it: the donor agreement's terms. */
public class ProjectForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 30)
  private String code;

  @NotBlank
  @Size(max = 300)
  private String title;

  @NotNull private Long donorId;

  private Long pledgeId;

  @NotNull private LocalDate periodStart;

  @NotNull private LocalDate periodEnd;

  @NotNull
  @PositiveOrZero
  @Digits(integer = 17, fraction = 2)
  private BigDecimal budgetUsd;

  @Size(max = 4000)
  private String conceptNote;

  @Size(max = 1000)
  private String focusAreas;

  private Long earmarkId;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Long getDonorId() {
    return donorId;
  }

  public void setDonorId(Long donorId) {
    this.donorId = donorId;
  }

  public Long getPledgeId() {
    return pledgeId;
  }

  public void setPledgeId(Long pledgeId) {
    this.pledgeId = pledgeId;
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

  public BigDecimal getBudgetUsd() {
    return budgetUsd;
  }

  public void setBudgetUsd(BigDecimal budgetUsd) {
    this.budgetUsd = budgetUsd;
  }

  public String getConceptNote() {
    return conceptNote;
  }

  public void setConceptNote(String conceptNote) {
    this.conceptNote = conceptNote;
  }

  public String getFocusAreas() {
    return focusAreas;
  }

  public void setFocusAreas(String focusAreas) {
    this.focusAreas = focusAreas;
  }

  public Long getEarmarkId() {
    return earmarkId;
  }

  public void setEarmarkId(Long earmarkId) {
    this.earmarkId = earmarkId;
  }
}

package org.quicksilver.projects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.reference.RegionalGroup;

/** An activity as the programme officer plans it; project, output, dates and venue may wait. */
public class ActivityForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long projectId;

  @NotNull private ActivityType type;

  @NotBlank
  @Size(max = 300)
  private String title;

  private RegionalGroup region;

  private LocalDate startOn;

  private LocalDate endOn;

  private boolean online;

  @Size(max = 120)
  private String venueCity;

  private Long venueCountryId;

  private Long outputId;

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

  public ActivityType getType() {
    return type;
  }

  public void setType(ActivityType type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public RegionalGroup getRegion() {
    return region;
  }

  public void setRegion(RegionalGroup region) {
    this.region = region;
  }

  public LocalDate getStartOn() {
    return startOn;
  }

  public void setStartOn(LocalDate startOn) {
    this.startOn = startOn;
  }

  public LocalDate getEndOn() {
    return endOn;
  }

  public void setEndOn(LocalDate endOn) {
    this.endOn = endOn;
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public String getVenueCity() {
    return venueCity;
  }

  public void setVenueCity(String venueCity) {
    this.venueCity = venueCity;
  }

  public Long getVenueCountryId() {
    return venueCountryId;
  }

  public void setVenueCountryId(Long venueCountryId) {
    this.venueCountryId = venueCountryId;
  }

  public Long getOutputId() {
    return outputId;
  }

  public void setOutputId(Long outputId) {
    this.outputId = outputId;
  }

  public BigDecimal getBudgetUsd() {
    return budgetUsd;
  }

  public void setBudgetUsd(BigDecimal budgetUsd) {
    this.budgetUsd = budgetUsd;
  }
}

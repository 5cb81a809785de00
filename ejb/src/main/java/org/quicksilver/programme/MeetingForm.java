package org.quicksilver.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A new committee meeting as the secretariat types it. */
public class MeetingForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 30)
  private String reference;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotBlank
  @Size(max = 120)
  private String place;

  @NotNull private LocalDate startsOn;
  @NotNull private LocalDate endsOn;

  @Positive
  @Max(50)
  private int quorum = 6;

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public int getQuorum() {
    return quorum;
  }

  public void setQuorum(int quorum) {
    this.quorum = quorum;
  }
}

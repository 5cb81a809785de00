package org.quicksilver.projects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;

/**
 * One participant as registered: where from, gender, role, who paid the travel; the name is
 * optional.
 */
public class ParticipantForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private Long countryId;

  @Size(max = 200)
  private String organisationName;

  @NotNull private Gender gender;

  @NotNull private ParticipantRole role = ParticipantRole.DELEGATE;

  private Long travelEarmarkId;

  @Size(max = 200)
  private String fullName;

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public void setOrganisationName(String organisationName) {
    this.organisationName = organisationName;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public void setRole(ParticipantRole role) {
    this.role = role;
  }

  public Long getTravelEarmarkId() {
    return travelEarmarkId;
  }

  public void setTravelEarmarkId(Long travelEarmarkId) {
    this.travelEarmarkId = travelEarmarkId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }
}

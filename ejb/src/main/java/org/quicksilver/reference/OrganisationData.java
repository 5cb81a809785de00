package org.quicksilver.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An organisation as lists show it and forms edit it; the country is named by id and code. */
public class OrganisationData implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 30)
  private String acronym;

  @NotNull private OrganisationKind kind;
  private Long countryId;
  private String countryCode;

  public OrganisationData() {}

  public OrganisationData(
      Long id,
      long version,
      String name,
      String acronym,
      OrganisationKind kind,
      Long countryId,
      String countryCode) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.acronym = acronym;
    this.kind = kind;
    this.countryId = countryId;
    this.countryCode = countryCode;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name == null ? null : name.trim();
  }

  public String getAcronym() {
    return acronym;
  }

  public void setAcronym(String acronym) {
    this.acronym = acronym;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public void setKind(OrganisationKind kind) {
    this.kind = kind;
  }

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public String getCountryCode() {
    return countryCode;
  }
}

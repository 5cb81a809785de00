package org.quicksilver.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.quicksilver.platform.Translations;

/** A country as lists show it and forms edit it. */
public class CountryData implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Pattern(regexp = "[A-Z]{2}", message = "{quicksilver.isoCountryCode}")
  private String isoCode;

  @NotBlank
  @Size(max = 100)
  private String nameEn;

  @NotBlank
  @Size(max = 100)
  private String nameFr;

  @NotBlank
  @Size(max = 100)
  private String nameEs;

  @NotNull private RegionalGroup regionalGroup;
  @NotNull private ConventionStatus conventionStatus = ConventionStatus.NON_PARTY;
  private LocalDate partySince;
  @NotNull private SipEligibility sipEligibility = SipEligibility.NOT_ELIGIBLE;

  public CountryData() {}

  public CountryData(
      Long id,
      long version,
      String isoCode,
      String nameEn,
      String nameFr,
      String nameEs,
      RegionalGroup regionalGroup,
      ConventionStatus conventionStatus,
      LocalDate partySince,
      SipEligibility sipEligibility) {
    this.id = id;
    this.version = version;
    this.isoCode = isoCode;
    this.nameEn = nameEn;
    this.nameFr = nameFr;
    this.nameEs = nameEs;
    this.regionalGroup = regionalGroup;
    this.conventionStatus = conventionStatus;
    this.partySince = partySince;
    this.sipEligibility = sipEligibility;
  }

  public String name(Locale locale) {
    return Translations.pick(locale, nameEn, nameFr, nameEs);
  }

  public boolean isEligibleForSip() {
    return conventionStatus == ConventionStatus.PARTY
        && (sipEligibility == SipEligibility.DEVELOPING_COUNTRY
            || sipEligibility == SipEligibility.ECONOMY_IN_TRANSITION);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getIsoCode() {
    return isoCode;
  }

  public void setIsoCode(String isoCode) {
    this.isoCode = isoCode == null ? null : isoCode.trim().toUpperCase(Locale.ROOT);
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }

  public RegionalGroup getRegionalGroup() {
    return regionalGroup;
  }

  public void setRegionalGroup(RegionalGroup regionalGroup) {
    this.regionalGroup = regionalGroup;
  }

  public ConventionStatus getConventionStatus() {
    return conventionStatus;
  }

  public void setConventionStatus(ConventionStatus conventionStatus) {
    this.conventionStatus = conventionStatus;
  }

  public LocalDate getPartySince() {
    return partySince;
  }

  public void setPartySince(LocalDate partySince) {
    this.partySince = partySince;
  }

  public SipEligibility getSipEligibility() {
    return sipEligibility;
  }

  public void setSipEligibility(SipEligibility sipEligibility) {
    this.sipEligibility = sipEligibility;
  }
}

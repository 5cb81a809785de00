package org.quicksilver.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.Translations;
import org.quicksilver.platform.audit.Labelled;

/** A UN member state, its regional group and where it stands towards the Convention. */
@Entity
@Audited
@Table(name = "country")
public class Country implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "iso_code", nullable = false, updatable = false, length = 2)
  private String isoCode;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "name_es", nullable = false)
  private String nameEs;

  @Enumerated(EnumType.STRING)
  @Column(name = "regional_group", nullable = false)
  private RegionalGroup regionalGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "convention_status", nullable = false)
  private ConventionStatus conventionStatus;

  @Column(name = "party_since")
  private LocalDate partySince;

  @Enumerated(EnumType.STRING)
  @Column(name = "sip_eligibility", nullable = false)
  private SipEligibility sipEligibility;

  @Version private long version;

  protected Country() {}

  public Country(String isoCode) {
    this.isoCode = isoCode;
  }

  public void rename(String english, String french, String spanish) {
    this.nameEn = english;
    this.nameFr = french;
    this.nameEs = spanish;
  }

  public void placeIn(RegionalGroup group) {
    this.regionalGroup = group;
  }

  /** A Party has the date the Convention entered into force for it; nobody else has one. */
  public void standTowardsConvention(ConventionStatus status, LocalDate since) {
    if (status == ConventionStatus.PARTY && since == null) {
      throw new InvalidInputException("reference.country.partySinceRequired");
    }
    this.conventionStatus = status;
    this.partySince = status == ConventionStatus.PARTY ? since : null;
  }

  public void classifyForSip(SipEligibility eligibility) {
    this.sipEligibility = eligibility;
  }

  /** SIP grants go to Parties that are developing countries or economies in transition. */
  public boolean isEligibleForSip() {
    return conventionStatus == ConventionStatus.PARTY
        && (sipEligibility == SipEligibility.DEVELOPING_COUNTRY
            || sipEligibility == SipEligibility.ECONOMY_IN_TRANSITION);
  }

  public String name(Locale locale) {
    return Translations.pick(locale, nameEn, nameFr, nameEs);
  }

  public Long getId() {
    return id;
  }

  public String getIsoCode() {
    return isoCode;
  }

  public RegionalGroup getRegionalGroup() {
    return regionalGroup;
  }

  public ConventionStatus getConventionStatus() {
    return conventionStatus;
  }

  public LocalDate getPartySince() {
    return partySince;
  }

  public SipEligibility getSipEligibility() {
    return sipEligibility;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return isoCode;
  }
}

package org.quicksilver.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

/**
 * One country in the "Parties and SIP eligibility by region" report.
 *
 * <p>A getter bean, not a record: JasperReports' bean data source reads getters only. Coded values
 * are enum names, translated by the template through the message bundle.
 */
public final class PartyEligibilityRow {

  private final String regionalGroup;
  private final String isoCode;
  private final String countryName;
  private final String conventionStatus;
  private final LocalDate partySince;
  private final String sipEligibility;

  /**
   * @param regionalGroup UN regional group: AFRICA, ASIA_PACIFIC, EASTERN_EUROPE,
   *     LATIN_AMERICA_CARIBBEAN or WESTERN_EUROPE_OTHERS
   * @param isoCode ISO 3166 code
   * @param countryName the name in the report's language
   * @param conventionStatus PARTY, SIGNATORY or NON_PARTY
   * @param partySince when the country became a Party; null if it is not one
   * @param sipEligibility NOT_ELIGIBLE, DEVELOPING_COUNTRY or ECONOMY_IN_TRANSITION
   */
  public PartyEligibilityRow(
      String regionalGroup,
      String isoCode,
      String countryName,
      String conventionStatus,
      LocalDate partySince,
      String sipEligibility) {
    this.regionalGroup = Objects.requireNonNull(regionalGroup, "regionalGroup");
    this.isoCode = Objects.requireNonNull(isoCode, "isoCode");
    this.countryName = Objects.requireNonNull(countryName, "countryName");
    this.conventionStatus = Objects.requireNonNull(conventionStatus, "conventionStatus");
    this.partySince = partySince;
    this.sipEligibility = Objects.requireNonNull(sipEligibility, "sipEligibility");
  }

  public String getRegionalGroup() {
    return regionalGroup;
  }

  public String getIsoCode() {
    return isoCode;
  }

  public String getCountryName() {
    return countryName;
  }

  public String getConventionStatus() {
    return conventionStatus;
  }

  public LocalDate getPartySince() {
    return partySince;
  }

  /**
   * {@link #getPartySince()} as a {@link Date} at the JVM's midnight, for the template: text field
   * patterns ignore {@code LocalDate}, and XLSX only makes date cells of {@code Date}s.
   */
  public Date getPartySinceDate() {
    return partySince == null
        ? null
        : Date.from(partySince.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  public String getSipEligibility() {
    return sipEligibility;
  }

  /** Whether the country is a Party to the Convention. */
  public boolean isParty() {
    return "PARTY".equals(conventionStatus);
  }

  /** Whether the country is a Party that may receive SIP support. */
  public boolean isEligibleParty() {
    return isParty() && !"NOT_ELIGIBLE".equals(sipEligibility);
  }
}

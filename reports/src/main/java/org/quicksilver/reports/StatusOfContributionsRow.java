package org.quicksilver.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One donor's contributions to one trust fund, in one currency, in the "Status of contributions"
 * report.
 *
 * <p>A getter bean, not a record: JasperReports' bean data source reads getters only. Amounts stay
 * {@link BigDecimal}s so that XLSX cells are numbers; the template formats original-currency
 * amounts with {@link #getMinorUnits()} decimals and US dollar amounts with two. A donor that
 * pledged in two currencies to the same fund has two rows.
 */
public final class StatusOfContributionsRow {

  // ISO 4217 minor units range from 0 (JPY) to 4 (CLF).
  private static final int MAX_MINOR_UNITS = 4;

  private final String fundName;
  private final String donorName;
  private final String currencyCode;
  private final int minorUnits;
  private final BigDecimal pledged;
  private final BigDecimal pledgedUsd;
  private final BigDecimal recognisedUsd;
  private final BigDecimal received;
  private final BigDecimal receivedUsd;
  private final BigDecimal outstanding;
  private final BigDecimal outstandingUsd;

  /**
   * @param fundName the trust fund's name in the report's language; rows of one fund are grouped
   * @param donorName the donor's name in the report's language
   * @param currencyCode ISO 4217 code of the pledges on this line, e.g. {@code EUR}
   * @param minorUnits the currency's decimals (ISO 4217 minor units, 0 to 4), e.g. 0 for JPY, 3 for
   *     KWD
   * @param pledged pledged, in the original currency
   * @param pledgedUsd pledged, in US dollars at the UN operational rate of exchange
   * @param recognisedUsd recognised as revenue (IPSAS 23: signed agreements without conditions), in
   *     US dollars
   * @param received received, in the original currency
   * @param receivedUsd received, in US dollars
   * @param outstanding still due, in the original currency; not negative
   * @param outstandingUsd still due, in US dollars; not negative
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code minorUnits} is not between 0 and 4
   */
  public StatusOfContributionsRow(
      String fundName,
      String donorName,
      String currencyCode,
      int minorUnits,
      BigDecimal pledged,
      BigDecimal pledgedUsd,
      BigDecimal recognisedUsd,
      BigDecimal received,
      BigDecimal receivedUsd,
      BigDecimal outstanding,
      BigDecimal outstandingUsd) {
    if (minorUnits < 0 || minorUnits > MAX_MINOR_UNITS) {
      throw new IllegalArgumentException(
          "minorUnits must be between 0 and " + MAX_MINOR_UNITS + ", not " + minorUnits);
    }
    this.fundName = Objects.requireNonNull(fundName, "fundName");
    this.donorName = Objects.requireNonNull(donorName, "donorName");
    this.currencyCode = Objects.requireNonNull(currencyCode, "currencyCode");
    this.minorUnits = minorUnits;
    this.pledged = Objects.requireNonNull(pledged, "pledged");
    this.pledgedUsd = Objects.requireNonNull(pledgedUsd, "pledgedUsd");
    this.recognisedUsd = Objects.requireNonNull(recognisedUsd, "recognisedUsd");
    this.received = Objects.requireNonNull(received, "received");
    this.receivedUsd = Objects.requireNonNull(receivedUsd, "receivedUsd");
    this.outstanding = Objects.requireNonNull(outstanding, "outstanding");
    this.outstandingUsd = Objects.requireNonNull(outstandingUsd, "outstandingUsd");
  }

  public String getFundName() {
    return fundName;
  }

  public String getDonorName() {
    return donorName;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  /** The number of decimals the original-currency amounts are printed with. */
  public int getMinorUnits() {
    return minorUnits;
  }

  public BigDecimal getPledged() {
    return pledged;
  }

  public BigDecimal getPledgedUsd() {
    return pledgedUsd;
  }

  public BigDecimal getRecognisedUsd() {
    return recognisedUsd;
  }

  public BigDecimal getReceived() {
    return received;
  }

  public BigDecimal getReceivedUsd() {
    return receivedUsd;
  }

  public BigDecimal getOutstanding() {
    return outstanding;
  }

  public BigDecimal getOutstandingUsd() {
    return outstandingUsd;
  }
}

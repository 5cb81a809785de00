package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One donor's contributions to one fund in one currency, as of a date. Pledged counts every pledge
 * and agreement; recognised only signed agreements without conditions (IPSAS 23); received every
 * receipt, reversals included; outstanding what unpaid, unwritten-off pledges still expect, valued
 * in USD at each pledge's own rate.
 */
public record ContributionLine(
    Long fundId,
    String fundCode,
    Long donorId,
    String donorName,
    String currencyCode,
    BigDecimal pledged,
    BigDecimal pledgedUsd,
    BigDecimal recognisedUsd,
    BigDecimal received,
    BigDecimal receivedUsd,
    BigDecimal outstanding,
    BigDecimal outstandingUsd)
    implements Serializable {}

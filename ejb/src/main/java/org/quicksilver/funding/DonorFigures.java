package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A donor viewer's dashboard: their own donor's money in USD, nothing of other donors' or the
 * secretariat's totals. Received, pledged and attributed equal the donor's page.
 *
 * @param outstanding what live pledges still have to bring in, at the pledges' rates
 * @param unallocated received less attributed
 */
public record DonorFigures(
    long donorId,
    String donorName,
    int year,
    BigDecimal receivedThisYear,
    BigDecimal received,
    BigDecimal pledged,
    BigDecimal outstanding,
    long overduePledges,
    BigDecimal overdue,
    BigDecimal attributed,
    BigDecimal unallocated,
    List<DonorFundShare> byFund)
    implements Serializable {}

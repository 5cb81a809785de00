package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The dashboard's money figures, in USD, for the user's scope (all donors or their own). */
public record FundingFigures(
    int year,
    BigDecimal receivedThisYear,
    BigDecimal outstanding,
    long overduePledges,
    BigDecimal overdue,
    List<FundBalance> balances)
    implements Serializable {}

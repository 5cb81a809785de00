package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What one allocation drew on one donor's money: the donor's share of it, in USD. */
public record AttributionRow(
    Long allocationId,
    LocalDate allocatedOn,
    String fundCode,
    String earmarkCode,
    String purpose,
    String targetKind,
    BigDecimal allocationUsd,
    BigDecimal donorShareUsd)
    implements Serializable {}

package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An expense paid for an activity, and the fund and earmark it came from. */
public record CostRow(
    Long expenseId,
    LocalDate spentOn,
    BigDecimal amountUsd,
    String description,
    String fundCode,
    String earmarkCode)
    implements Serializable {}

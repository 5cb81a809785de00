package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A project as the list shows it. */
public record ProjectRow(
    Long id,
    String code,
    String title,
    String donorName,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal budgetUsd,
    boolean illustrative,
    long version)
    implements Serializable {}

package org.quicksilver.programme.rules;

import java.math.BigDecimal;

/**
 * One application on the funding envelope.
 *
 * @param position its place in the ranking, 1 for the best
 * @param runningTotal what it and every application above it request together
 */
public record EnvelopeLine(
    int position,
    String applicationReference,
    BigDecimal requested,
    BigDecimal runningTotal,
    Coverage coverage) {}

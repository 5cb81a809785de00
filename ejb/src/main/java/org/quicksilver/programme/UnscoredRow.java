package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;

/** An application under review that no member has submitted a sheet for yet. */
public record UnscoredRow(
    Long applicationId, String reference, String title, String countryCode, BigDecimal requested)
    implements Serializable {}

package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/** The part of an allocation drawn on one donor's money. */
public record DonorShare(String donorName, BigDecimal amountUsd) implements Serializable {}

package org.quicksilver.reference;

import java.io.Serializable;

/** Per UN regional group: how many countries, how many are Parties, how many SIP-eligible. */
public record RegionSummary(RegionalGroup group, long countries, long parties, long eligible)
    implements Serializable {}

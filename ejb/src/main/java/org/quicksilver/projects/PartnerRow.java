package org.quicksilver.projects;

import java.io.Serializable;

/** An organisation working on an activity, and in which role. */
public record PartnerRow(Long id, Long organisationId, String organisationName, PartnerRole role)
    implements Serializable {}

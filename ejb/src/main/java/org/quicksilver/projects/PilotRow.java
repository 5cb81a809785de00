package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import org.quicksilver.projects.rules.PilotProjectStatus;

/** A pilot project as the list shows it, with its open and overdue milestones counted. */
public record PilotRow(
    Long id,
    Long projectId,
    String projectCode,
    String countryName,
    String partnerName,
    String title,
    BigDecimal budgetUsd,
    PilotProjectStatus status,
    long openMilestones,
    long overdueMilestones,
    long version)
    implements Serializable {}

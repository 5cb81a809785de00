package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.reference.RegionalGroup;

/**
 * An activity as lists, the calendar and the timeline show it; {@code actualUsd} is what was spent
 * against its allocations.
 */
public record ActivityRow(
    Long id,
    Long projectId,
    String projectCode,
    ActivityType type,
    String title,
    RegionalGroup region,
    LocalDate startOn,
    LocalDate endOn,
    String venueCity,
    String venueCountryName,
    boolean online,
    ActivityStatus status,
    BigDecimal budgetUsd,
    BigDecimal actualUsd,
    long version)
    implements Serializable {

  public boolean isDated() {
    return startOn != null;
  }
}

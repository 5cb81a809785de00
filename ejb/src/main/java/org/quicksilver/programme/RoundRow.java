package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.quicksilver.programme.rules.ApplicationStatus;

/** A round as the list shows it, with how many of its applications stand in each status. */
public record RoundRow(
    Long id,
    int number,
    String title,
    LocalDate opensOn,
    LocalDate closesOn,
    BigDecimal minimumUsd,
    BigDecimal maximumUsd,
    int maximumMonths,
    String criteriaAdoptedAt,
    Map<ApplicationStatus, Long> applications)
    implements Serializable {

  public RoundRow {
    applications = Map.copyOf(applications);
  }

  public long total() {
    return applications.values().stream().mapToLong(Long::longValue).sum();
  }

  public long count(ApplicationStatus status) {
    return applications.getOrDefault(status, 0L);
  }
}

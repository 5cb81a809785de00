package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A pilot project with its milestones, each flagged overdue or late as of today. */
public record PilotDetail(
    PilotRow pilot,
    String statusReason,
    String results,
    String lessonsLearned,
    boolean illustrative,
    List<MilestoneLine> milestones,
    BigDecimal completedPercent)
    implements Serializable {

  /** A milestone as of today. */
  public record MilestoneLine(
      Long id,
      String title,
      LocalDate dueOn,
      LocalDate completedOn,
      boolean overdue,
      long daysOverdue,
      boolean completedLate)
      implements Serializable {}

  public long overdueCount() {
    return milestones.stream().filter(MilestoneLine::overdue).count();
  }
}

package org.quicksilver.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Pledge;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.reference.Organisation;

/**
 * A funded project (the EU-funded capacity-building project): its donor and agreement, period,
 * budget, and the earmark its activities are paid from.
 */
@Entity
@Table(name = "project")
public class Project {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "donor_id")
  private Organisation donor;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pledge_id")
  private Pledge pledge;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "budget_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal budgetUsd;

  @Column(name = "concept_note")
  private String conceptNote;

  @Column(name = "focus_areas")
  private String focusAreas;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "earmark_id")
  private Earmark earmark;

  @Column(nullable = false)
  private boolean illustrative;

  @Version private long version;

  protected Project() {}

  public Project(String code, String title, Organisation donor) {
    this.code = code;
    this.title = title;
    this.donor = donor;
  }

  /** The agreement's terms; the period must hold together and the budget cannot be negative. */
  public void agree(
      Pledge pledge, LocalDate start, LocalDate end, BigDecimal budgetUsd, Earmark earmark) {
    if (end.isBefore(start)) {
      throw new InvalidInputException("projects.project.endBeforeStart", start, end);
    }
    if (budgetUsd.signum() < 0) {
      throw new InvalidInputException("projects.amount.negative", budgetUsd);
    }
    this.pledge = pledge;
    this.periodStart = start;
    this.periodEnd = end;
    this.budgetUsd = budgetUsd;
    this.earmark = earmark;
  }

  public void describe(String title, String conceptNote, String focusAreas) {
    this.title = title;
    this.conceptNote = conceptNote;
    this.focusAreas = focusAreas;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public BigDecimal getBudgetUsd() {
    return budgetUsd;
  }

  public Earmark getEarmark() {
    return earmark;
  }

  public long getVersion() {
    return version;
  }
}

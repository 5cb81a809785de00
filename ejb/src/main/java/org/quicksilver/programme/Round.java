package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicksilver.funding.Earmark;
import org.quicksilver.programme.rules.Criterion;
import org.quicksilver.programme.rules.Scale;
import org.quicksilver.programme.rules.ScoringGrid;

/**
 * A call for applications: its window in Geneva time, the Board's limits on amount and duration,
 * the completeness checklist, and the criteria the committee adopted, with weights and scales.
 * Grants of the round are paid from its earmark (the SIP trust fund's).
 */
@Entity
@Table(name = "sip_round")
public class Round {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_number", nullable = false, updatable = false)
  private int number;

  @Column(nullable = false)
  private String title;

  @Column(name = "opens_on", nullable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false)
  private LocalDate closesOn;

  @Column(name = "minimum_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal minimumUsd;

  @Column(name = "maximum_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal maximumUsd;

  @Column(name = "maximum_months", nullable = false)
  private int maximumMonths;

  /** Which Board meeting adopted the criteria, as the report cites it. */
  @Column(name = "criteria_adopted_at")
  private String criteriaAdoptedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "earmark_id")
  private Earmark earmark;

  @Column(nullable = false)
  private boolean illustrative;

  @OneToMany(mappedBy = "round")
  @OrderBy("position")
  private List<EvaluationCriterion> criteria = new ArrayList<>();

  @OneToMany(mappedBy = "round")
  @OrderBy("position")
  private List<ChecklistItem> checklist = new ArrayList<>();

  @Version private long version;

  protected Round() {}

  public Round(
      int number,
      String title,
      LocalDate opensOn,
      LocalDate closesOn,
      BigDecimal minimumUsd,
      BigDecimal maximumUsd,
      int maximumMonths,
      Earmark earmark) {
    // The rules refuse a window that closes before it opens and limits out of order.
    rules(title, opensOn, closesOn, minimumUsd, maximumUsd, maximumMonths);
    this.number = number;
    this.title = title.strip();
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.minimumUsd = minimumUsd;
    this.maximumUsd = maximumUsd;
    this.maximumMonths = maximumMonths;
    this.earmark = earmark;
  }

  /** The round as the programme's rules see it (window, limits). */
  public org.quicksilver.programme.rules.Round rules() {
    return rules(title, opensOn, closesOn, minimumUsd, maximumUsd, maximumMonths);
  }

  private static org.quicksilver.programme.rules.Round rules(
      String title,
      LocalDate opensOn,
      LocalDate closesOn,
      BigDecimal minimumUsd,
      BigDecimal maximumUsd,
      int maximumMonths) {
    return new org.quicksilver.programme.rules.Round(
        title, opensOn, closesOn, minimumUsd, maximumUsd, maximumMonths);
  }

  /** The adopted criteria as a scoring grid (weights add up to 100). */
  public ScoringGrid grid() {
    return new ScoringGrid(
        criteria.stream()
            .map(
                c ->
                    new Criterion(
                        c.getCode(),
                        c.getNameEn(),
                        java.math.BigDecimal.valueOf(c.getWeightPercent()),
                        new Scale(c.getScaleMin(), c.getScaleMax())))
            .toList());
  }

  public void adoptCriteriaAt(String meeting) {
    this.criteriaAdoptedAt = meeting;
  }

  public void markIllustrative() {
    this.illustrative = true;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public BigDecimal getMinimumUsd() {
    return minimumUsd;
  }

  public BigDecimal getMaximumUsd() {
    return maximumUsd;
  }

  public int getMaximumMonths() {
    return maximumMonths;
  }

  public String getCriteriaAdoptedAt() {
    return criteriaAdoptedAt;
  }

  public Earmark getEarmark() {
    return earmark;
  }

  public List<EvaluationCriterion> getCriteria() {
    return criteria;
  }

  public List<ChecklistItem> getChecklist() {
    return checklist;
  }

  public long getVersion() {
    return version;
  }
}

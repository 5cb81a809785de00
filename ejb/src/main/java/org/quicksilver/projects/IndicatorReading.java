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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicksilver.projects.rules.IndicatorValue;

/** A value an indicator reached, reported for a period (table indicator_value). */
@Entity
@Table(name = "indicator_value")
public class IndicatorReading {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", updatable = false)
  private Indicator indicator;

  @Column(name = "period_label", nullable = false)
  private String period;

  @Column(name = "measured_on", nullable = false)
  private LocalDate measuredOn;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected IndicatorReading() {}

  public IndicatorReading(Indicator indicator, IndicatorValue value, String by) {
    this.indicator = indicator;
    this.period = value.period();
    this.measuredOn = value.measuredOn();
    this.amount = value.value();
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }
}

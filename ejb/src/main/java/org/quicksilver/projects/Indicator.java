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
import org.quicksilver.projects.rules.IndicatorProgress;

/** How a result of the logical framework is measured: from a baseline towards a target. */
@Entity
@Table(name = "indicator")
public class Indicator {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "result_id", updatable = false)
  private ProjectResult result;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String unit;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal baseline;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal target;

  protected Indicator() {}

  public Indicator(
      ProjectResult result, String name, String unit, BigDecimal baseline, BigDecimal target) {
    // the rule refuses a nameless indicator before anything is stored
    new IndicatorProgress(name, baseline, target);
    this.result = result;
    this.name = name.strip();
    this.unit = unit;
    this.baseline = baseline;
    this.target = target;
  }

  public Long getId() {
    return id;
  }

  public ProjectResult getResult() {
    return result;
  }

  public String getName() {
    return name;
  }
}

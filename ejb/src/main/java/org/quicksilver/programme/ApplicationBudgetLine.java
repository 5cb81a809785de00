package org.quicksilver.programme;

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
import org.quicksilver.programme.rules.BudgetLine;

/** One line of an application's budget: a category, a year, an amount in USD. */
@Entity
@Table(name = "application_budget_line")
public class ApplicationBudgetLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @Column(nullable = false)
  private String category;

  @Column(name = "budget_year", nullable = false)
  private int year;

  @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountUsd;

  protected ApplicationBudgetLine() {}

  public ApplicationBudgetLine(Application application, BudgetLine line) {
    this.application = application;
    this.category = line.category();
    this.year = line.year();
    this.amountUsd = line.usd();
  }

  public BudgetLine line() {
    return new BudgetLine(category, year, amountUsd);
  }

  public Long getId() {
    return id;
  }
}

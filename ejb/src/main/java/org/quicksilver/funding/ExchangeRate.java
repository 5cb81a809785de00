package org.quicksilver.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hibernate.envers.Audited;

/** A UN operational rate of exchange: units of a currency per US dollar, for one month. */
@Entity
@Audited
@Table(name = "exchange_rate")
public class ExchangeRate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "currency_code", nullable = false, updatable = false)
  private String currencyCode;

  /** The first day of the month the rate applies to. */
  @Column(name = "rate_month", nullable = false, updatable = false)
  private LocalDate month;

  @Column(name = "units_per_usd", nullable = false, precision = 19, scale = 8)
  private BigDecimal unitsPerUsd;

  @Column(nullable = false)
  private String source;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Version private long version;

  protected ExchangeRate() {}

  public ExchangeRate(
      String currencyCode,
      YearMonth month,
      BigDecimal unitsPerUsd,
      String source,
      String recordedBy,
      Instant recordedAt) {
    if (unitsPerUsd == null || unitsPerUsd.signum() <= 0) {
      throw new org.quicksilver.platform.InvalidInputException("funding.rate.positive");
    }
    this.currencyCode = currencyCode;
    this.month = month.atDay(1);
    this.unitsPerUsd = unitsPerUsd;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public void correct(BigDecimal newUnitsPerUsd, String newSource, String by, Instant at) {
    if (newUnitsPerUsd == null || newUnitsPerUsd.signum() <= 0) {
      throw new org.quicksilver.platform.InvalidInputException("funding.rate.positive");
    }
    this.unitsPerUsd = newUnitsPerUsd;
    this.source = newSource;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  public YearMonth getMonth() {
    return YearMonth.from(month);
  }

  public BigDecimal getUnitsPerUsd() {
    return unitsPerUsd;
  }

  public String getSource() {
    return source;
  }

  public long getVersion() {
    return version;
  }
}

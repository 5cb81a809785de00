package org.quicksilver.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.hibernate.envers.Audited;
import org.quicksilver.platform.InvalidInputException;

/** An ISO 4217 currency and how many minor units it has (JPY none, USD two, KWD three). */
@Entity
@Audited
@Table(name = "currency")
public class Currency {
  @Id
  @Column(length = 3, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "minor_units", nullable = false)
  private int minorUnits;

  @Version private long version;

  protected Currency() {}

  public Currency(String code, String name, int minorUnits) {
    this.code = code;
    describe(name, minorUnits);
  }

  public void describe(String name, int minorUnits) {
    if (minorUnits < 0 || minorUnits > 4) {
      throw new InvalidInputException("reference.currency.minorUnitsRange");
    }
    this.name = name;
    this.minorUnits = minorUnits;
  }

  /**
   * An amount as this currency can hold it. Refuses, rather than rounds, an amount finer than the
   * currency's minor unit: 1000.5 JPY is a typing error, not 1001 yen.
   */
  public BigDecimal exact(BigDecimal amount) {
    try {
      return amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException tooFine) {
      throw new InvalidInputException("reference.currency.tooManyDecimals", code, minorUnits);
    }
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getMinorUnits() {
    return minorUnits;
  }

  public long getVersion() {
    return version;
  }
}

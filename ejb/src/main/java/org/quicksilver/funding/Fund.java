package org.quicksilver.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.quicksilver.platform.Translations;
import org.quicksilver.platform.audit.Labelled;

/** A trust fund (general, special, SIP, EU project account) kept in its currency of account. */
@Entity
@Audited
@Table(name = "fund")
public class Fund implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "name_es", nullable = false)
  private String nameEs;

  @Column(name = "currency_code", nullable = false)
  private String currencyCode = UsdConversion.USD;

  @Version private long version;

  protected Fund() {}

  public Fund(String code, String nameEn, String nameFr, String nameEs) {
    this.code = code;
    this.nameEn = nameEn;
    this.nameFr = nameFr;
    this.nameEs = nameEs;
  }

  public String name(Locale locale) {
    return Translations.pick(locale, nameEn, nameFr, nameEs);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  @Override
  public String auditLabel() {
    return code;
  }
}

package org.quicksilver.funding;

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
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.Translations;
import org.quicksilver.platform.audit.Labelled;

/**
 * What money in a fund may pay for (participation of delegates, regional consultations, the SIP,
 * the EU project, or unearmarked). Allocations lock the earmark row, so two people allocating at
 * the same moment are served one after the other against the same balance.
 */
@Entity
@Audited
@Table(name = "earmark")
public class Earmark implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fund_id")
  private Fund fund;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "name_es", nullable = false)
  private String nameEs;

  @Version private long version;

  protected Earmark() {}

  public Earmark(Fund fund, String code, String nameEn, String nameFr, String nameEs) {
    this.fund = fund;
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

  public Fund getFund() {
    return fund;
  }

  public String getCode() {
    return code;
  }

  @Override
  public String auditLabel() {
    return code;
  }
}

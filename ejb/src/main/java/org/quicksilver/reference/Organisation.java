package org.quicksilver.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.audit.Labelled;

/** A donor government, the EU, a UNEP unit, a secretariat, a regional centre, a partnership… */
@Entity
@Audited
@Table(name = "organisation")
public class Organisation implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  private String acronym;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "country_id")
  private Country country;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, String acronym, OrganisationKind kind, Country country) {
    describe(name, acronym, kind, country);
  }

  public final void describe(String name, String acronym, OrganisationKind kind, Country country) {
    this.name = name;
    this.acronym = acronym == null || acronym.isBlank() ? null : acronym.trim();
    this.kind = kind;
    this.country = country;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAcronym() {
    return acronym;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  public Country getCountry() {
    return country;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return name;
  }
}

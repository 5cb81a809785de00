package org.quicksilver.projects;

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
import org.quicksilver.reference.Organisation;

/** An organisation working on an activity in one role (a regional centre doing logistics). */
@Entity
@Table(name = "activity_partner")
public class ActivityPartner {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id", updatable = false)
  private Activity activity;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "partner_role", nullable = false, updatable = false)
  private PartnerRole role;

  protected ActivityPartner() {}

  public ActivityPartner(Activity activity, Organisation organisation, PartnerRole role) {
    activity.checkNotFinal();
    this.activity = activity;
    this.organisation = organisation;
    this.role = role;
  }

  public Long getId() {
    return id;
  }

  public Activity getActivity() {
    return activity;
  }
}

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
import jakarta.persistence.Version;

/** The secretariat's finding on one checklist item for one application. */
@Entity
@Table(name = "screening_check")
public class ScreeningCheck {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "checklist_item_id", updatable = false)
  private ChecklistItem item;

  @Column(nullable = false)
  private boolean met;

  private String comment;

  @Version private long version;

  protected ScreeningCheck() {}

  public ScreeningCheck(Application application, ChecklistItem item, boolean met, String comment) {
    this.application = application;
    this.item = item;
    record(met, comment);
  }

  public void record(boolean met, String comment) {
    this.met = met;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public Long getId() {
    return id;
  }

  public ChecklistItem getItem() {
    return item;
  }

  public boolean isMet() {
    return met;
  }

  public String getComment() {
    return comment;
  }

  public long getVersion() {
    return version;
  }
}

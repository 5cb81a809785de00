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

/** A guidance document the Board adopted for a round, by its published address. */
@Entity
@Table(name = "round_document")
public class GuidanceDocument {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private Round round;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String url;

  protected GuidanceDocument() {}

  public GuidanceDocument(Round round, String title, String url) {
    this.round = round;
    this.title = title;
    this.url = url;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }
}

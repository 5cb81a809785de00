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
import java.util.Locale;
import org.quicksilver.platform.Translations;

/** One point of a round's completeness checklist (an endorsement letter is attached, say). */
@Entity
@Table(name = "round_checklist_item")
public class ChecklistItem {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private Round round;

  @Column(nullable = false)
  private String code;

  @Column(name = "text_en", nullable = false)
  private String textEn;

  @Column(name = "text_fr", nullable = false)
  private String textFr;

  @Column(name = "text_es", nullable = false)
  private String textEs;

  @Column(nullable = false)
  private int position;

  protected ChecklistItem() {}

  public ChecklistItem(
      Round round, String code, String textEn, String textFr, String textEs, int position) {
    this.round = round;
    this.code = code;
    this.textEn = textEn;
    this.textFr = textFr;
    this.textEs = textEs;
    this.position = position;
  }

  public String text(Locale locale) {
    return Translations.pick(locale, textEn, textFr, textEs);
  }

  public Long getId() {
    return id;
  }

  public Round getRound() {
    return round;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }
}

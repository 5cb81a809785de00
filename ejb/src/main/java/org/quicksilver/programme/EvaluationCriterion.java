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

/** One criterion the committee scores against, with its weight and its scale. */
@Entity
@Table(name = "round_criterion")
public class EvaluationCriterion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private Round round;

  @Column(nullable = false)
  private String code;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "name_es", nullable = false)
  private String nameEs;

  @Column(name = "weight_percent", nullable = false)
  private int weightPercent;

  @Column(name = "scale_min", nullable = false)
  private int scaleMin;

  @Column(name = "scale_max", nullable = false)
  private int scaleMax;

  @Column(nullable = false)
  private int position;

  protected EvaluationCriterion() {}

  public EvaluationCriterion(
      Round round,
      String code,
      String nameEn,
      String nameFr,
      String nameEs,
      int weightPercent,
      int scaleMin,
      int scaleMax,
      int position) {
    this.round = round;
    this.code = code;
    this.nameEn = nameEn;
    this.nameFr = nameFr;
    this.nameEs = nameEs;
    this.weightPercent = weightPercent;
    this.scaleMin = scaleMin;
    this.scaleMax = scaleMax;
    this.position = position;
  }

  public String name(Locale locale) {
    return Translations.pick(locale, nameEn, nameFr, nameEs);
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

  public String getNameEn() {
    return nameEn;
  }

  public int getWeightPercent() {
    return weightPercent;
  }

  public int getScaleMin() {
    return scaleMin;
  }

  public int getScaleMax() {
    return scaleMax;
  }

  public int getPosition() {
    return position;
  }
}

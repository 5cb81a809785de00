package org.quicksilver.programme;

import java.io.Serializable;
import java.util.Locale;
import org.quicksilver.platform.Translations;

/**
 * One criterion of a round as a score sheet shows it, with the member's score and comment (empty
 * until scored).
 */
public record CriterionLine(
    Long id,
    String code,
    String nameEn,
    String nameFr,
    String nameEs,
    int weightPercent,
    int scaleMin,
    int scaleMax,
    Integer score,
    String comment)
    implements Serializable {

  public String name(Locale locale) {
    return Translations.pick(locale, nameEn, nameFr, nameEs);
  }

  static CriterionLine of(EvaluationCriterion criterion, CriterionScore score) {
    return new CriterionLine(
        criterion.getId(),
        criterion.getCode(),
        criterion.getNameEn(),
        criterion.name(Locale.FRENCH),
        criterion.name(Locale.forLanguageTag("es")),
        criterion.getWeightPercent(),
        criterion.getScaleMin(),
        criterion.getScaleMax(),
        score == null ? null : score.getValue(),
        score == null ? null : score.getComment());
  }
}

package org.quicksilver.programme;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.quicksilver.platform.Translations;

/** One round with what the Board adopted for it: criteria, checklist and guidance. */
public record RoundDetail(
    RoundRow round,
    List<CriterionRow> criteria,
    List<ChecklistRow> checklist,
    List<DocumentRow> documents)
    implements Serializable {

  public RoundDetail {
    criteria = List.copyOf(criteria);
    checklist = List.copyOf(checklist);
    documents = List.copyOf(documents);
  }

  /** A criterion with its weight and the scale it is scored on. */
  public record CriterionRow(
      Long id,
      String code,
      String nameEn,
      String nameFr,
      String nameEs,
      int weightPercent,
      int scaleMin,
      int scaleMax)
      implements Serializable {
    public String name(Locale locale) {
      return Translations.pick(locale, nameEn, nameFr, nameEs);
    }
  }

  /** A point of the completeness checklist. */
  public record ChecklistRow(Long id, String code, String textEn, String textFr, String textEs)
      implements Serializable {
    public String text(Locale locale) {
      return Translations.pick(locale, textEn, textFr, textEs);
    }
  }

  /** A guidance document, by its published address. */
  public record DocumentRow(Long id, String title, String url) implements Serializable {}
}

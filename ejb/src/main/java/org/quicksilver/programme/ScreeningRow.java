package org.quicksilver.programme;

import java.io.Serializable;
import java.util.Locale;
import org.quicksilver.platform.Translations;

/** One checklist item and the secretariat's finding on it, if recorded yet (met is then set). */
public record ScreeningRow(
    Long itemId,
    String code,
    String textEn,
    String textFr,
    String textEs,
    Boolean met,
    String comment)
    implements Serializable {

  public String text(Locale locale) {
    return Translations.pick(locale, textEn, textFr, textEs);
  }

  public boolean isRecorded() {
    return met != null;
  }
}

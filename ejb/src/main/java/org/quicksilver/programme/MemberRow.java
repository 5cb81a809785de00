package org.quicksilver.programme;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.quicksilver.platform.Translations;
import org.quicksilver.reference.RegionalGroup;

/** A committee member as the committee page lists them. */
public record MemberRow(
    Long id,
    String username,
    String fullName,
    String countryCode,
    String countryNameEn,
    String countryNameFr,
    String countryNameEs,
    RegionalGroup regionalGroup,
    MemberRole role,
    LocalDate termStart,
    LocalDate termEnd)
    implements Serializable {

  public String countryName(Locale locale) {
    return Translations.pick(locale, countryNameEn, countryNameFr, countryNameEs);
  }
}

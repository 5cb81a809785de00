package org.quicksilver.projects.rules;

import java.util.Locale;
import org.quicksilver.platform.InvalidInputException;

/** Countries are named by their ISO 3166-1 alpha-2 code, as the reference data keeps them. */
final class CountryCode {
  private CountryCode() {}

  static String valid(String code) {
    String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{2}")) {
      throw new InvalidInputException("projects.country.codeInvalid", String.valueOf(code));
    }
    return upper;
  }
}

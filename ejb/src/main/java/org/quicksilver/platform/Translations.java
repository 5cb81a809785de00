package org.quicksilver.platform;

import java.util.Locale;

/** Picks the text of the user's language among the Convention's three working languages. */
public final class Translations {
  private Translations() {}

  /** French and Spanish when asked for; English for every other language. */
  public static String pick(Locale locale, String english, String french, String spanish) {
    return switch (locale.getLanguage()) {
      case "fr" -> french;
      case "es" -> spanish;
      default -> english;
    };
  }
}

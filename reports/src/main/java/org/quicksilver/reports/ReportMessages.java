package org.quicksilver.reports;

import java.util.Locale;
import java.util.ResourceBundle;

/** The translated labels of all templates: {@code org/quicksilver/reports/messages*.properties}. */
final class ReportMessages {

  static final String BASE_NAME = "org.quicksilver.reports.messages";

  private ReportMessages() {}

  /**
   * The bundle for a locale; a language without its own file gets the default (English) file, never
   * the server's default locale as the plain lookup would.
   */
  static ResourceBundle forLocale(Locale locale) {
    return ResourceBundle.getBundle(
        BASE_NAME,
        locale,
        ReportMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The optional text of a key, e.g. a template's title; {@code fallback} if it has none. */
  static String textOr(ResourceBundle messages, String key, String fallback) {
    return messages.containsKey(key) ? messages.getString(key) : fallback;
  }
}

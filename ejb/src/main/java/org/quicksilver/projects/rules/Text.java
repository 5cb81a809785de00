package org.quicksilver.projects.rules;

import org.quicksilver.platform.InvalidInputException;

/** Titles and reasons are what donors and the secretariat read later; blank ones are refused. */
final class Text {
  private Text() {}

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  static String required(String text, String messageKey) {
    if (isBlank(text)) {
      throw new InvalidInputException(messageKey);
    }
    return text.strip();
  }
}

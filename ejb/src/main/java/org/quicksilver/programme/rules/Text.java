package org.quicksilver.programme.rules;

import org.quicksilver.platform.InvalidInputException;

/** Written reasons are the record the Board and donors read later; blank ones are refused. */
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

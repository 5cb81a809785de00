package org.quicksilver.security;

import java.util.Locale;

/** The Convention's working languages that Quicksilver speaks. */
public enum Language {
  ENGLISH("en"),
  FRENCH("fr"),
  SPANISH("es");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Unknown codes fall back to English rather than fail: a language is never worth an error. */
  public static Language fromCode(String code) {
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code)) {
        return language;
      }
    }
    return ENGLISH;
  }
}

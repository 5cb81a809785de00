package org.quicksilver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "en, ENGLISH", "fr, FRENCH", "es, SPANISH",
    "EN, ENGLISH", "FR, FRENCH", "Es, SPANISH"
  })
  void aWorkingLanguageIsFoundByItsCodeWhateverTheCase(String code, Language language) {
    assertEquals(language, Language.fromCode(code));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"de", "zh", "xx"})
  void anUnknownOrMissingCodeFallsBackToEnglish(String code) {
    assertEquals(Language.ENGLISH, Language.fromCode(code));
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageIsFoundByItsOwnCode(Language language) {
    assertEquals(language, Language.fromCode(language.code()));
  }

  @Test
  void eachLanguageSpeaksThroughTheLocaleOfItsCode() {
    assertEquals(Locale.ENGLISH, Language.ENGLISH.locale());
    assertEquals(Locale.FRENCH, Language.FRENCH.locale());
    assertEquals(Locale.forLanguageTag("es"), Language.SPANISH.locale());
  }
}

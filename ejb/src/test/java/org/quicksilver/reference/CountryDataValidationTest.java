package org.quicksilver.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryDataValidationTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidation() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  @Test
  void aCompleteCountryIsValid() {
    assertEquals(Set.of(), validator.validate(country("FR")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "Fr", "FRA", "F", "F1"})
  void anIsoCodeOtherThanTwoCapitalLettersIsRefusedWithTheQuicksilverMessage(String isoCode) {
    Set<ConstraintViolation<CountryData>> violations = validator.validate(country(isoCode));

    ConstraintViolation<CountryData> violation = only(violations);
    assertEquals("isoCode", violation.getPropertyPath().toString());
    assertEquals("{quicksilver.isoCountryCode}", violation.getMessageTemplate());
  }

  @Test
  void aBlankIsoCodeIsRefused() {
    Set<ConstraintViolation<CountryData>> violations = validator.validate(country(" "));

    assertTrue(
        violations.stream()
            .anyMatch(
                v -> v.getPropertyPath().toString().equals("isoCode") && is(v, NotBlank.class)),
        violations::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nameEn", "nameFr", "nameEs"})
  void aBlankNameInAnyLanguageIsRefused(String property) {
    CountryData data = country("FR");
    switch (property) {
      case "nameEn" -> data.setNameEn("   ");
      case "nameFr" -> data.setNameFr("");
      default -> data.setNameEs(null);
    }

    ConstraintViolation<CountryData> violation = only(validator.validate(data));

    assertEquals(property, violation.getPropertyPath().toString());
    assertTrue(is(violation, NotBlank.class), violation::toString);
  }

  @Test
  void aNameLongerThanAHundredCharactersIsRefused() {
    CountryData data = country("FR");
    data.setNameEn("x".repeat(101));

    ConstraintViolation<CountryData> violation = only(validator.validate(data));

    assertEquals("nameEn", violation.getPropertyPath().toString());
    assertTrue(is(violation, Size.class), violation::toString);
  }

  @Test
  void aCountryNeedsARegionalGroup() {
    CountryData data = country("FR");
    data.setRegionalGroup(null);

    ConstraintViolation<CountryData> violation = only(validator.validate(data));

    assertEquals("regionalGroup", violation.getPropertyPath().toString());
    assertTrue(is(violation, NotNull.class), violation::toString);
  }

  @ParameterizedTest
  @CsvSource({
    "en, must be two capital letters (ISO 3166)",
    "fr, doit compter deux lettres majuscules (ISO 3166)",
    "es, debe tener dos letras mayúsculas (ISO 3166)"
  })
  void theIsoCodeMessageReadsInEachWorkingLanguage(String language, String message) {
    Locale locale = Locale.forLanguageTag(language);
    try (ValidatorFactory localised =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(locale)
            .buildValidatorFactory()) {

      ConstraintViolation<CountryData> violation =
          only(localised.getValidator().validate(country("fra")));

      assertEquals(message, violation.getMessage());
    }
  }

  private static CountryData country(String isoCode) {
    return new CountryData(
        null,
        0L,
        isoCode,
        "France",
        "France",
        "Francia",
        RegionalGroup.WESTERN_EUROPE_OTHERS,
        ConventionStatus.PARTY,
        LocalDate.of(2017, 8, 16),
        SipEligibility.NOT_ELIGIBLE);
  }

  private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
    assertEquals(1, violations.size(), violations::toString);
    return violations.iterator().next();
  }

  private static boolean is(ConstraintViolation<?> violation, Class<? extends Annotation> type) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType() == type;
  }
}

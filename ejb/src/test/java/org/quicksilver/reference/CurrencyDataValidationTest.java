package org.quicksilver.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyDataValidationTest {
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

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 3, 4})
  void minorUnitsFromNoneToFourAreValid(int minorUnits) {
    assertEquals(
        Set.of(), validator.validate(new CurrencyData("KWD", "Kuwaiti dinar", minorUnits, 0)));
  }

  @Test
  void fiveMinorUnitsAreRefused() {
    ConstraintViolation<CurrencyData> violation =
        only(validator.validate(new CurrencyData("KWD", "Kuwaiti dinar", 5, 0)));

    assertEquals("minorUnits", violation.getPropertyPath().toString());
    assertTrue(is(violation, Max.class), violation::toString);
  }

  @Test
  void negativeMinorUnitsAreRefused() {
    ConstraintViolation<CurrencyData> violation =
        only(validator.validate(new CurrencyData("KWD", "Kuwaiti dinar", -1, 0)));

    assertEquals("minorUnits", violation.getPropertyPath().toString());
    assertTrue(is(violation, Min.class), violation::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "USDX", "U5D"})
  void aCodeOtherThanThreeCapitalLettersIsRefusedWithTheQuicksilverMessage(String code) {
    ConstraintViolation<CurrencyData> violation =
        only(validator.validate(new CurrencyData(code, "US dollar", 2, 0)));

    assertEquals("code", violation.getPropertyPath().toString());
    assertEquals("{quicksilver.isoCurrencyCode}", violation.getMessageTemplate());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aBlankNameIsRefused(String name) {
    ConstraintViolation<CurrencyData> violation =
        only(validator.validate(new CurrencyData("USD", name, 2, 0)));

    assertEquals("name", violation.getPropertyPath().toString());
    assertTrue(is(violation, NotBlank.class), violation::toString);
  }

  @Test
  void aNewCurrencyFromTheFormHasTwoMinorUnitsAndAnUpperCaseCode() {
    CurrencyData data = new CurrencyData();
    data.setCode(" chf ");
    data.setName("Swiss franc");

    assertEquals("CHF", data.getCode());
    assertEquals(2, data.getMinorUnits());
    assertEquals(Set.of(), validator.validate(data));
  }

  private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
    assertEquals(1, violations.size(), violations::toString);
    return violations.iterator().next();
  }

  private static boolean is(ConstraintViolation<?> violation, Class<? extends Annotation> type) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType() == type;
  }
}

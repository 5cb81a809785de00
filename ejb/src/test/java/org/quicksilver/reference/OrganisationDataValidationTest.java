package org.quicksilver.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationDataValidationTest {
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
  void aNamedOrganisationOfAKnownKindIsValid() {
    assertEquals(Set.of(), validator.validate(organisation("Minamata Secretariat")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aBlankNameIsRefused(String name) {
    ConstraintViolation<OrganisationData> violation = only(validator.validate(organisation(name)));

    assertEquals("name", violation.getPropertyPath().toString());
    assertTrue(is(violation, NotBlank.class), violation::toString);
  }

  @Test
  void aNameOfOnlySpacesTypedInTheFormIsRefused() {
    OrganisationData data = organisation("placeholder");

    data.setName("   ");

    assertEquals("", data.getName());
    assertEquals("name", only(validator.validate(data)).getPropertyPath().toString());
  }

  @Test
  void noNameStaysNoName() {
    OrganisationData data = organisation("placeholder");

    data.setName(null);

    assertNull(data.getName());
  }

  @Test
  void aNameLongerThanTwoHundredCharactersIsRefused() {
    ConstraintViolation<OrganisationData> violation =
        only(validator.validate(organisation("x".repeat(201))));

    assertEquals("name", violation.getPropertyPath().toString());
    assertTrue(is(violation, Size.class), violation::toString);
  }

  @Test
  void anAcronymLongerThanThirtyCharactersIsRefused() {
    OrganisationData data = organisation("Minamata Secretariat");
    data.setAcronym("x".repeat(31));

    ConstraintViolation<OrganisationData> violation = only(validator.validate(data));

    assertEquals("acronym", violation.getPropertyPath().toString());
    assertTrue(is(violation, Size.class), violation::toString);
  }

  @Test
  void anOrganisationNeedsAKind() {
    OrganisationData data = organisation("Minamata Secretariat");
    data.setKind(null);

    ConstraintViolation<OrganisationData> violation = only(validator.validate(data));

    assertEquals("kind", violation.getPropertyPath().toString());
    assertTrue(is(violation, NotNull.class), violation::toString);
  }

  private static OrganisationData organisation(String name) {
    return new OrganisationData(null, 0L, name, "MS", OrganisationKind.SECRETARIAT, null, null);
  }

  private static <T> ConstraintViolation<T> only(Set<ConstraintViolation<T>> violations) {
    assertEquals(1, violations.size(), violations::toString);
    return violations.iterator().next();
  }

  private static boolean is(ConstraintViolation<?> violation, Class<? extends Annotation> type) {
    return violation.getConstraintDescriptor().getAnnotation().annotationType() == type;
  }
}

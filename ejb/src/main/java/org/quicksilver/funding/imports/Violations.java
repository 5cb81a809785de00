package org.quicksilver.funding.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the Bean Validation violations of a form (the constraints the services check on every save)
 * against the file's columns, as messages of the web bundles.
 */
final class Violations {
  private Violations() {}

  /**
   * @param columns the file's column for each property of the form
   */
  static <T> void report(
      Set<ConstraintViolation<T>> violations, Map<String, String> columns, RowErrors errors) {
    // in a steady order, so the same file always reads the same
    List<ConstraintViolation<T>> sorted =
        violations.stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .toList();
    for (ConstraintViolation<T> violation : sorted) {
      String property = violation.getPropertyPath().toString();
      String column = columns.getOrDefault(property, property);
      if (errors.in(column)) {
        continue; // a value that could not be read is also missing from the form: say it once
      }
      Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
      if (constraint instanceof NotNull || constraint instanceof NotBlank) {
        errors.add(column, "funding.import.required");
      } else if (constraint instanceof Positive) {
        errors.add(column, "funding.import.positive");
      } else if (constraint instanceof Size size) {
        errors.add(column, "funding.import.tooLong", size.max());
      } else if (constraint instanceof Digits digits) {
        errors.add(column, "funding.import.tooManyDigits", digits.integer(), digits.fraction());
      } else {
        errors.add(
            column, "funding.import.invalidValue", String.valueOf(violation.getInvalidValue()));
      }
    }
  }
}

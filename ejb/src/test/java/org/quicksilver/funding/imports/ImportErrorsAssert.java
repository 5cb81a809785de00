package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Reads a row's errors as the preview shows them: column, message key and arguments. */
final class ImportErrorsAssert {
  private ImportErrorsAssert() {}

  static ImportError error(String column, String key, Serializable... arguments) {
    return new ImportError(column, key, Arrays.asList(arguments));
  }

  static void assertErrors(List<ImportError> actual, ImportError... expected) {
    assertEquals(List.of(expected), actual);
  }
}

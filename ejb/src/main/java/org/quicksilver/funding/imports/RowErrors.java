package org.quicksilver.funding.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicksilver.platform.QuicksilverException;

/** The errors found in one row so far, each against the column it is about. */
final class RowErrors {
  private final List<ImportError> errors = new ArrayList<>();

  void add(String column, String messageKey, Serializable... arguments) {
    errors.add(new ImportError(column, messageKey, Arrays.asList(arguments)));
  }

  /** A domain refusal, with its own message, put against the column that caused it. */
  void add(String column, QuicksilverException refusal) {
    List<Serializable> arguments = new ArrayList<>();
    for (Object argument : refusal.arguments()) {
      arguments.add((Serializable) argument);
    }
    errors.add(new ImportError(column, refusal.messageKey(), arguments));
  }

  /** Whether a column already has an error: one reason per column is enough to correct it. */
  boolean in(String column) {
    return errors.stream().anyMatch(e -> e.column().equals(column));
  }

  boolean any() {
    return !errors.isEmpty();
  }

  List<ImportError> list() {
    return List.copyOf(errors);
  }
}

package org.quicksilver.funding.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads typed values from a row's cells, and notes each value that is missing or cannot be read
 * against its column, so that one pass over a row reports everything wrong with it.
 */
final class Fields {
  /**
   * A decimal written with a point and nothing else: "1,23" is refused rather than guessed (a comma
   * is a decimal mark in some countries and a thousands separator in others).
   */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d+)?|\\.\\d+)");

  private final TableRow row;
  private final RowErrors errors;

  Fields(TableRow row, RowErrors errors) {
    this.row = row;
    this.errors = errors;
  }

  /** The text of a cell, or null if it is blank (and then an error if it is required). */
  String text(String column, boolean required) {
    Object value = row.cell(column);
    if (value == null) {
      if (required) {
        errors.add(column, "funding.import.required");
      }
      return null;
    }
    return TableRow.text(value).trim();
  }

  BigDecimal decimal(String column, boolean required) {
    Object value = row.cell(column);
    if (value instanceof BigDecimal number) {
      return number;
    }
    String text = text(column, required);
    if (text == null) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      errors.add(column, "funding.import.notANumber", text);
      return null;
    }
    return new BigDecimal(text);
  }

  /** A date cell, or text written YYYY-MM-DD. */
  LocalDate date(String column, boolean required) {
    Object value = row.cell(column);
    if (value instanceof LocalDate date) {
      return date;
    }
    String text = text(column, required);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      errors.add(column, "funding.import.notADate", text);
      return null;
    }
  }

  /** A month written YYYY-MM (or a date cell, for the month it falls in). */
  YearMonth month(String column, boolean required) {
    Object value = row.cell(column);
    if (value instanceof LocalDate date) {
      return YearMonth.from(date);
    }
    String text = text(column, required);
    if (text == null) {
      return null;
    }
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException notAMonth) {
      errors.add(column, "funding.import.notAMonth", text);
      return null;
    }
  }
}

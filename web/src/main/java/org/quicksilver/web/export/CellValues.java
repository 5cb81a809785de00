package org.quicksilver.web.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** The checks both formats share: the cell types they accept, and rows as wide as the headers. */
final class CellValues {
  private CellValues() {}

  static boolean isWholeNumber(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger;
  }

  static boolean isDecimal(Object value) {
    return value instanceof BigDecimal;
  }

  static IllegalArgumentException unsupported(Object value) {
    return new IllegalArgumentException(
        "A table cell holds a String, BigDecimal, BigInteger, Long, Integer, Short, Byte,"
            + " LocalDate, Boolean or null, not a "
            + value.getClass().getName());
  }

  static void requireWidth(List<?> row, int rowNumber, int width) {
    if (row.size() != width) {
      throw new IllegalArgumentException(
          "Row " + rowNumber + " has " + row.size() + " cells for " + width + " headers");
    }
  }
}

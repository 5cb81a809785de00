package org.quicksilver.web.export;

/**
 * Keeps text from being run as a formula when a file is opened in a spreadsheet (CSV or formula
 * injection, as OWASP describes it): text beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading single quote.
 */
final class FormulaInjection {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private FormulaInjection() {}

  static String neutralise(String text) {
    return startsLikeFormula(text) ? "'" + text : text;
  }

  private static boolean startsLikeFormula(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }
}

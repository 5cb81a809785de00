package org.quicksilver.funding.imports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.quicksilver.funding.RateForm;

/**
 * A row of a rates file, read: a currency, a month, how many units of it one US dollar buys, and
 * where the rate comes from (if the file does not say, the UN operational rates of exchange).
 */
record RateLine(String currencyCode, YearMonth month, BigDecimal unitsPerUsd, String source) {
  static final String CURRENCY = "currency";
  static final String MONTH = "month";
  static final String RATE = "units_per_usd";
  static final String SOURCE = "source";
  static final List<String> REQUIRED = List.of(CURRENCY, MONTH, RATE);
  static final List<String> COLUMNS = List.of(CURRENCY, MONTH, RATE, SOURCE);

  static RateLine read(TableRow row, RowErrors errors) {
    Fields fields = new Fields(row, errors);
    String currency = fields.text(CURRENCY, true);
    return new RateLine(
        currency == null ? null : currency.toUpperCase(Locale.ROOT),
        fields.month(MONTH, true),
        fields.decimal(RATE, true),
        fields.text(SOURCE, false));
  }

  /** The form the rates page fills in, so that the import is held to the same constraints. */
  RateForm form() {
    RateForm form = new RateForm();
    form.setCurrencyCode(currencyCode);
    form.setMonth(month == null ? null : month.atDay(1));
    form.setUnitsPerUsd(unitsPerUsd);
    if (source != null) {
      form.setSource(source);
    }
    return form;
  }

  /** Two rows of a file give a rate for the same month of the same currency. */
  String key() {
    return currencyCode == null || month == null ? null : currencyCode + " " + month;
  }
}

package org.quicksilver.funding.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A row of a receipts file (a bank statement export), read. The bank reference is required: it is
 * what tells a receipt already imported from a new one. Another rate than the UN operational rate
 * of the month comes with its reason, or neither is given.
 */
record ReceiptLine(
    LocalDate receivedOn,
    String donor,
    String fund,
    String earmark,
    BigDecimal amount,
    String currencyCode,
    String bankReference,
    String pledgeReference,
    BigDecimal unitsPerUsd,
    String rateReason) {
  static final String DATE = "date";
  static final String DONOR = "donor";
  static final String FUND = "fund";
  static final String EARMARK = "earmark";
  static final String AMOUNT = "amount";
  static final String CURRENCY = "currency";
  static final String BANK_REFERENCE = "bank_reference";
  static final String PLEDGE_REFERENCE = "pledge_reference";
  static final String RATE = "units_per_usd";
  static final String RATE_REASON = "rate_reason";
  static final List<String> REQUIRED =
      List.of(DATE, DONOR, FUND, EARMARK, AMOUNT, CURRENCY, BANK_REFERENCE);
  static final List<String> COLUMNS =
      List.of(
          DATE,
          DONOR,
          FUND,
          EARMARK,
          AMOUNT,
          CURRENCY,
          BANK_REFERENCE,
          PLEDGE_REFERENCE,
          RATE,
          RATE_REASON);

  static ReceiptLine read(TableRow row, RowErrors errors) {
    Fields fields = new Fields(row, errors);
    String currency = fields.text(CURRENCY, true);
    ReceiptLine line =
        new ReceiptLine(
            fields.date(DATE, true),
            fields.text(DONOR, true),
            fields.text(FUND, true),
            fields.text(EARMARK, true),
            fields.decimal(AMOUNT, true),
            currency == null ? null : currency.toUpperCase(Locale.ROOT),
            fields.text(BANK_REFERENCE, true),
            fields.text(PLEDGE_REFERENCE, false),
            fields.decimal(RATE, false),
            fields.text(RATE_REASON, false));
    if (row.cell(RATE) != null && line.rateReason() == null) {
      errors.add(RATE_REASON, "funding.import.rateNeedsReason");
    }
    if (row.cell(RATE) == null && line.rateReason() != null) {
      errors.add(RATE, "funding.import.reasonNeedsRate");
    }
    return line;
  }
}

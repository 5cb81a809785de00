package org.quicksilver.funding.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.quicksilver.funding.ExchangeRate;
import org.quicksilver.funding.RateForm;

/**
 * Checks every row of a rates file: the values, the currency, the month given twice, and the rate
 * already recorded. A recorded rate is never overwritten by an import: the same rate is skipped, a
 * different one is an error, to be corrected on the rates page by someone who knows which is right.
 */
@Dependent
class RateRowCheck {
  /** The file's column for each property of the rates page's form. */
  private static final Map<String, String> COLUMNS =
      Map.of(
          "currencyCode", RateLine.CURRENCY,
          "month", RateLine.MONTH,
          "unitsPerUsd", RateLine.RATE,
          "source", RateLine.SOURCE);

  @PersistenceContext private EntityManager em;
  @Inject private Validator validator;

  /** A row of the file, read, with the errors found so far. */
  private record Read(TableRow row, RateLine line, RowErrors errors) {
    static Read of(TableRow row) {
      RowErrors errors = new RowErrors();
      return new Read(row, RateLine.read(row, errors), errors);
    }
  }

  List<Checked<RateForm>> check(byte[] content, String fileName) {
    Table table = TableReader.read(content, fileName, Set.of(FileKind.CSV), RateLine.REQUIRED);
    Set<String> currencies =
        new HashSet<>(
            em.createQuery("select c.code from Currency c", String.class).getResultList());
    List<Read> rows = table.rows().stream().map(Read::of).toList();
    Duplicates<String> twins = new Duplicates<>();
    rows.forEach(r -> twins.add(r.line().key(), r.row().number()));
    Map<String, BigDecimal> recorded = recorded(rows);
    return rows.stream().map(r -> check(r, currencies, twins, recorded)).toList();
  }

  private Checked<RateForm> check(
      Read read,
      Set<String> currencies,
      Duplicates<String> twins,
      Map<String, BigDecimal> recorded) {
    RateLine line = read.line();
    RowErrors errors = read.errors();
    if (line.currencyCode() != null && !currencies.contains(line.currencyCode())) {
      errors.add(RateLine.CURRENCY, "funding.import.unknownCurrency", line.currencyCode());
    }
    RateForm form = line.form();
    Violations.report(validator.validate(form), COLUMNS, errors);
    twins
        .otherThan(line.key(), read.row().number())
        .ifPresent(
            other ->
                errors.add(
                    RateLine.MONTH,
                    "funding.import.rateTwice",
                    line.currencyCode(),
                    line.month().toString(),
                    other));
    BigDecimal already = line.key() == null ? null : recorded.get(line.key());
    RowStatus status = RowStatus.NEW;
    if (!errors.any() && already != null) {
      if (already.compareTo(line.unitsPerUsd()) == 0) {
        status = RowStatus.ALREADY_RECORDED;
      } else {
        errors.add(
            RateLine.RATE,
            "funding.import.rateDiffers",
            already.stripTrailingZeros().toPlainString());
      }
    }
    if (errors.any()) {
      status = RowStatus.ERROR;
    }
    ImportRow report =
        new ImportRow(
            read.row().number(), status, read.row().summary(RateLine.COLUMNS), errors.list());
    return new Checked<>(report, status == RowStatus.NEW ? form : null);
  }

  /** The rates already recorded for the file's currencies, by currency and month. */
  private Map<String, BigDecimal> recorded(List<Read> rows) {
    Set<String> codes = new HashSet<>();
    rows.stream().map(r -> r.line().currencyCode()).filter(Objects::nonNull).forEach(codes::add);
    Map<String, BigDecimal> recorded = new HashMap<>();
    if (codes.isEmpty()) {
      return recorded;
    }
    em.createQuery(
            "select r from ExchangeRate r where r.currencyCode in :codes", ExchangeRate.class)
        .setParameter("codes", codes)
        .getResultStream()
        .forEach(
            r ->
                recorded.put(
                    new RateLine(r.getCurrencyCode(), r.getMonth(), null, null).key(),
                    r.getUnitsPerUsd()));
    return recorded;
  }
}

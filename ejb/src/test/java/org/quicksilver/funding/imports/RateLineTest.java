package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicksilver.funding.imports.ImportErrorsAssert.assertErrors;
import static org.quicksilver.funding.imports.ImportErrorsAssert.error;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.funding.RateForm;

class RateLineTest {
  private static final Map<String, String> COLUMNS =
      Map.of("unitsPerUsd", RateLine.RATE, "source", RateLine.SOURCE);
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
  void aGoodRowBecomesTheRatesPagesFormWithTheDefaultSource() {
    RowErrors errors = new RowErrors();
    RateLine line =
        RateLine.read(row("currency", "eur", "month", "2018-07", "units_per_usd", "0.85"), errors);

    assertFalse(errors.any(), errors.list()::toString);
    assertEquals(new RateLine("EUR", YearMonth.of(2018, 7), new BigDecimal("0.85"), null), line);
    RateForm form = line.form();
    assertEquals(LocalDate.of(2018, 7, 1), form.getMonth());
    assertEquals("UN operational rates of exchange", form.getSource());
    assertEquals("EUR 2018-07", line.key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,23", "1 234.5", "1,234.5", "0.85 EUR", "1e3", "5."})
  void aRateWrittenOtherwiseThanWithADecimalPointIsRefusedNotGuessed(String rate) {
    RowErrors errors = new RowErrors();

    RateLine.read(row("currency", "EUR", "month", "2018-07", "units_per_usd", rate), errors);

    assertErrors(errors.list(), error("units_per_usd", "funding.import.notANumber", rate));
  }

  @Test
  void everyWrongColumnOfARowIsReportedAgainstItsColumn() {
    RowErrors errors = new RowErrors();

    RateLine.read(row("month", "July 2018", "units_per_usd", "0,85"), errors);

    assertErrors(
        errors.list(),
        error("currency", "funding.import.required"),
        error("month", "funding.import.notAMonth", "July 2018"),
        error("units_per_usd", "funding.import.notANumber", "0,85"));
  }

  @Test
  void theFormsConstraintsAreReportedAgainstTheFilesColumns() {
    RowErrors errors = new RowErrors();
    RateLine line =
        RateLine.read(
            row(
                "currency",
                "EUR",
                "month",
                "2018-07",
                "units_per_usd",
                "0.123456789",
                "source",
                "x".repeat(201)),
            errors);

    Violations.report(validator.validate(line.form()), COLUMNS, errors);

    assertErrors(
        errors.list(),
        error("source", "funding.import.tooLong", 200),
        error("units_per_usd", "funding.import.tooManyDigits", 11, 8));
  }

  @Test
  void aRateOfZeroIsNotARate() {
    RowErrors errors = new RowErrors();
    RateLine line =
        RateLine.read(row("currency", "EUR", "month", "2018-07", "units_per_usd", "0"), errors);

    Violations.report(validator.validate(line.form()), COLUMNS, errors);

    assertErrors(errors.list(), error("units_per_usd", "funding.import.positive"));
  }

  @Test
  void aValueThatCouldNotBeReadIsNotReportedAgainAsMissing() {
    RowErrors errors = new RowErrors();
    RateLine line =
        RateLine.read(row("currency", "EUR", "month", "2018-07", "units_per_usd", "n/a"), errors);

    Violations.report(validator.validate(line.form()), COLUMNS, errors);

    assertErrors(errors.list(), error("units_per_usd", "funding.import.notANumber", "n/a"));
  }

  static TableRow row(String... columnsAndValues) {
    Map<String, Object> cells = new HashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return new TableRow(2, cells);
  }
}

package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicksilver.funding.imports.ImportErrorsAssert.assertErrors;
import static org.quicksilver.funding.imports.ImportErrorsAssert.error;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicksilver.funding.ReceiptForm;

class ReceiptLineTest {
  private static Map<String, Object> statementRow() {
    Map<String, Object> cells = new HashMap<>();
    cells.put("date", "2018-07-03");
    cells.put("donor", "Government of Japan");
    cells.put("fund", "GTF");
    cells.put("earmark", "UNEARMARKED");
    cells.put("amount", "1000000");
    cells.put("currency", "jpy");
    cells.put("bank_reference", "JP-2018-001");
    return cells;
  }

  @Test
  void aBankStatementRowIsReadWithItsCurrencyInCapitals() {
    RowErrors errors = new RowErrors();

    ReceiptLine line = ReceiptLine.read(new TableRow(2, statementRow()), errors);

    assertFalse(errors.any(), errors.list()::toString);
    assertEquals(LocalDate.of(2018, 7, 3), line.receivedOn());
    assertEquals(new BigDecimal("1000000"), line.amount());
    assertEquals("JPY", line.currencyCode());
    assertEquals("JP-2018-001", line.bankReference());
  }

  @Test
  void dateAndNumberCellsOfAWorkbookAreTakenAsTheyAre() {
    Map<String, Object> cells = statementRow();
    cells.put("date", LocalDate.of(2018, 7, 3));
    cells.put("amount", new BigDecimal("1000000"));
    cells.put("units_per_usd", new BigDecimal("110.5"));
    cells.put("rate_reason", "Rate on the credit advice");
    RowErrors errors = new RowErrors();

    ReceiptLine line = ReceiptLine.read(new TableRow(2, cells), errors);

    assertFalse(errors.any(), errors.list()::toString);
    assertEquals(LocalDate.of(2018, 7, 3), line.receivedOn());
    assertEquals(new BigDecimal("110.5"), line.unitsPerUsd());
  }

  @Test
  void eachWrongValueIsReportedAgainstItsColumn() {
    Map<String, Object> cells = statementRow();
    cells.put("date", "03/07/2018");
    cells.put("amount", "1 000 000");
    cells.remove("bank_reference");
    RowErrors errors = new RowErrors();

    ReceiptLine.read(new TableRow(7, cells), errors);

    assertErrors(
        errors.list(),
        error("date", "funding.import.notADate", "03/07/2018"),
        error("amount", "funding.import.notANumber", "1 000 000"),
        error("bank_reference", "funding.import.required"));
  }

  @Test
  void aNumberCellInADateColumnIsNotADate() {
    Map<String, Object> cells = statementRow();
    cells.put("date", new BigDecimal("43284"));
    RowErrors errors = new RowErrors();

    ReceiptLine.read(new TableRow(2, cells), errors);

    assertErrors(errors.list(), error("date", "funding.import.notADate", "43284"));
  }

  @Test
  void anotherRateComesWithItsReason() {
    Map<String, Object> rateOnly = statementRow();
    rateOnly.put("units_per_usd", "110.5");
    Map<String, Object> reasonOnly = statementRow();
    reasonOnly.put("rate_reason", "Rate on the credit advice");
    RowErrors rateErrors = new RowErrors();
    RowErrors reasonErrors = new RowErrors();

    ReceiptLine.read(new TableRow(2, rateOnly), rateErrors);
    ReceiptLine.read(new TableRow(3, reasonOnly), reasonErrors);

    assertErrors(rateErrors.list(), error("rate_reason", "funding.import.rateNeedsReason"));
    assertErrors(reasonErrors.list(), error("units_per_usd", "funding.import.reasonNeedsRate"));
  }

  @Test
  void theReceiptFormsConstraintsNameTheFilesColumns() {
    ReceiptForm form = new ReceiptForm();
    form.setDonorId(1L);
    form.setEarmarkId(1L);
    form.setReceivedOn(LocalDate.of(2018, 7, 3));
    form.setAmount(new BigDecimal("-5"));
    form.setCurrencyCode("JPY");
    form.setBankReference("R".repeat(101));
    RowErrors errors = new RowErrors();

    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Violations.report(
          factory.getValidator().validate(form),
          Map.of("amount", "amount", "bankReference", "bank_reference"),
          errors);
    }

    assertErrors(
        errors.list(),
        error("amount", "funding.import.positive"),
        error("bank_reference", "funding.import.tooLong", 100));
  }

  @Test
  void theSummaryShowsTheRowAsWrittenInTheFilesColumnOrder() {
    Map<String, Object> cells = statementRow();
    cells.put("date", LocalDate.of(2018, 7, 3));
    cells.put("amount", new BigDecimal("1E+6"));

    String summary = new TableRow(2, cells).summary(ReceiptLine.COLUMNS);

    assertEquals(
        "2018-07-03 · Government of Japan · GTF · UNEARMARKED · 1000000 · jpy · JP-2018-001",
        summary);
    assertEquals(List.of("date", "donor"), ReceiptLine.COLUMNS.subList(0, 2));
  }
}

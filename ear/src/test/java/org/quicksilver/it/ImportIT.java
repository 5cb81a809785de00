package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.imports.ImportError;
import org.quicksilver.funding.imports.ImportPreview;
import org.quicksilver.funding.imports.ImportResult;
import org.quicksilver.funding.imports.ImportRow;
import org.quicksilver.funding.imports.ImportService;
import org.quicksilver.funding.imports.RowStatus;
import org.quicksilver.platform.InvalidInputException;

/**
 * Imports of rates and receipts in the container, on the configured database: a preview saves
 * nothing, one wrong row saves nothing, the same file twice adds nothing the second time, and only
 * a finance officer may import. Every test makes its own bank references and rate months.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {
  private static final String RECEIPTS_HEADER =
      "date;donor;fund;earmark;amount;currency;bank_reference\n";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ImportIT.class);
  }

  @Inject ImportService imports;
  @PersistenceContext EntityManager em;

  @Test
  void aPreviewShowsWhatWouldBeImportedAndSavesNothing() throws Exception {
    String reference = reference();
    byte[] file =
        csv(
            RECEIPTS_HEADER
                + "2018-06-12;Government of Sweden;GTF;UNEARMARKED;2500.00;USD;"
                + reference
                + "-1\n"
                + "2018-06-13;european union;EUP;EU_PROJECT;10000;EUR;"
                + reference
                + "-2\n");

    ImportPreview preview =
        As.user("finance", () -> imports.previewReceipts(file, "statement.csv"));

    assertEquals(List.of(RowStatus.NEW, RowStatus.NEW), statuses(preview));
    assertEquals(List.of(2, 3), preview.rows().stream().map(ImportRow::row).toList());
    assertTrue(preview.rows().get(1).summary().contains("european union"));
    assertEquals(0, receiptsLike(reference));

    YearMonth month = unusedMonth();
    byte[] rates = csv("currency,month,units_per_usd\nCHF," + month + ",0.97\n");
    ImportPreview ratePreview = As.user("finance", () -> imports.previewRates(rates, "rates.csv"));
    assertEquals(List.of(RowStatus.NEW), statuses(ratePreview));
    assertEquals(0, ratesOf(month));
  }

  @Test
  void oneWrongRowSavesNothingAndIsShownWithItsColumn() throws Exception {
    String reference = reference();
    byte[] file =
        csv(
            RECEIPTS_HEADER
                + "2018-07-03;Government of Japan;GTF;UNEARMARKED;1000000;JPY;"
                + reference
                + "-1\n"
                + "2018-06-12;Government of Sweden;GTF;UNEARMARKED;2500;USD;"
                + reference
                + "-2\n"
                + "2018-07-04;Government of Japan;GTF;UNEARMARKED;1000.5;JPY;"
                + reference
                + "-3\n");

    ImportPreview preview =
        As.user("finance", () -> imports.previewReceipts(file, "statement.csv"));

    assertEquals(List.of(RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR), statuses(preview));
    ImportRow wrong = preview.rows().get(2);
    assertEquals(4, wrong.row());
    assertEquals(
        List.of(
            new ImportError(
                "amount", "funding.import.finerThanCurrency", List.of("1000.5", "JPY", 0))),
        wrong.errors());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("finance", () -> imports.applyReceipts(file, "statement.csv")));
    assertEquals("funding.import.hasErrors", refused.messageKey());
    assertEquals(0, receiptsLike(reference));
  }

  @Test
  void aMissingRateIsAnErrorOfItsRowAndTheRowsAfterItAreStillChecked() throws Exception {
    String reference = reference();
    byte[] file =
        csv(
            "donor,fund,earmark,date,amount,currency,bank_reference,units_per_usd,rate_reason\n"
                + "Government of Norway,GTF,UNEARMARKED,2016-01-10,1000.125,KWD,"
                + reference
                + "-1,,\n"
                + "Government of Norway,GTF,UNEARMARKED,2016-01-11,1000.125,KWD,"
                + reference
                + "-2,0.30,Rate on the bank's credit advice\n"
                + "Government of Norway,GTF,UNEARMARKED,2016-01-12,50,USD,"
                + reference
                + "-3,,\n");

    ImportPreview preview =
        As.user("finance", () -> imports.previewReceipts(file, "statement.csv"));

    assertEquals(List.of(RowStatus.ERROR, RowStatus.NEW, RowStatus.NEW), statuses(preview));
    ImportError missing = preview.rows().get(0).errors().get(0);
    assertEquals("units_per_usd", missing.column());
    assertEquals("funding.rate.missing", missing.messageKey());
    assertThrows(
        InvalidInputException.class,
        () -> As.user("finance", () -> imports.applyReceipts(file, "statement.csv")));
    assertEquals(0, receiptsLike(reference));
  }

  @Test
  void theSameStatementImportedTwiceAddsItsReceiptsOnce() throws Exception {
    String reference = reference();
    byte[] file =
        csv(
            RECEIPTS_HEADER
                + "2018-06-12;Government of Sweden;GTF;UNEARMARKED;2500.00;USD;"
                + reference
                + "-1\n"
                + "2018-06-13;EU;EUP;EU_PROJECT;10000;EUR;"
                + reference
                + "-2\n");

    ImportResult first = As.user("finance", () -> imports.applyReceipts(file, "statement.csv"));
    ImportResult second = As.user("finance", () -> imports.applyReceipts(file, "statement.csv"));

    assertEquals(new ImportResult(2, 0), first);
    assertEquals(new ImportResult(0, 2), second);
    assertEquals(2, receiptsLike(reference));
    ImportPreview again = As.user("finance", () -> imports.previewReceipts(file, "statement.csv"));
    assertEquals(List.of(RowStatus.ALREADY_RECORDED, RowStatus.ALREADY_RECORDED), statuses(again));
    BigDecimal euroRate = rate("EUR", YearMonth.of(2018, 6));
    assertEquals(
        new BigDecimal("10000").divide(euroRate, 2, java.math.RoundingMode.HALF_EVEN),
        em.createQuery(
                "select r.usdAmount from Receipt r where r.bankReference = :reference",
                BigDecimal.class)
            .setParameter("reference", reference + "-2")
            .getSingleResult(),
        "converted at the UN operational rate of the month, as a receipt typed in");
  }

  @Test
  void aWorkbookWithDateAndNumberCellsIsImported() throws Exception {
    String reference = reference();
    byte[] workbook = statementWorkbook(reference);

    ImportResult result =
        As.user("finance", () -> imports.applyReceipts(workbook, "Statement June.xlsx"));

    assertEquals(new ImportResult(1, 0), result);
    Object[] saved =
        em.createQuery(
                "select r.receivedOn, r.amount, r.currencyCode from Receipt r"
                    + " where r.bankReference = :reference",
                Object[].class)
            .setParameter("reference", reference)
            .getSingleResult();
    assertEquals(LocalDate.of(2018, 6, 14), saved[0]);
    assertEquals(0, new BigDecimal("1234.56").compareTo((BigDecimal) saved[1]));
    assertEquals("EUR", saved[2]);
  }

  @Test
  void theSameBankReferenceTwiceInAFileIsAnErrorOnBothRows() throws Exception {
    String reference = reference();
    String row = "2018-06-12;Government of Sweden;GTF;UNEARMARKED;10;USD;" + reference + "\n";
    byte[] file = csv(RECEIPTS_HEADER + row + row);

    ImportPreview preview =
        As.user("finance", () -> imports.previewReceipts(file, "statement.csv"));

    assertEquals(List.of(RowStatus.ERROR, RowStatus.ERROR), statuses(preview));
    assertEquals(
        List.of(
            new ImportError(
                "bank_reference", "funding.import.receiptTwice", List.of(reference, 3))),
        preview.rows().get(0).errors());
  }

  @Test
  void ratesAreImportedOnceAndADifferentRateIsNeverOverwritten() throws Exception {
    YearMonth month = unusedMonth();
    byte[] file =
        csv(
            "Currency;Month;Units_per_USD;Source\n"
                + "CHF;"
                + month
                + ";0.9712;\n"
                + "JPY;"
                + month
                + ";110.25;\"UN operational rates; illustrative\"\n");

    assertEquals(
        new ImportResult(2, 0), As.user("finance", () -> imports.applyRates(file, "rates.csv")));
    assertEquals(
        new ImportResult(0, 2), As.user("finance", () -> imports.applyRates(file, "rates.csv")));
    assertEquals(0, new BigDecimal("0.9712").compareTo(rate("CHF", month)));
    assertEquals(
        "UN operational rates; illustrative",
        em.createQuery(
                "select r.source from ExchangeRate r where r.currencyCode = 'JPY' and r.month = :m",
                String.class)
            .setParameter("m", month.atDay(1))
            .getSingleResult());

    byte[] corrected = csv("currency,month,units_per_usd\nCHF," + month + ",0.99\n");
    ImportPreview preview = As.user("finance", () -> imports.previewRates(corrected, "rates.csv"));
    assertEquals(
        List.of(new ImportError("units_per_usd", "funding.import.rateDiffers", List.of("0.9712"))),
        preview.rows().get(0).errors());
    assertThrows(
        InvalidInputException.class,
        () -> As.user("finance", () -> imports.applyRates(corrected, "rates.csv")));
    assertEquals(0, new BigDecimal("0.9712").compareTo(rate("CHF", month)));
  }

  @Test
  void aRateGivenTwiceForAMonthIsAnErrorOnBothRowsAndNothingIsRecorded() throws Exception {
    YearMonth month = unusedMonth();
    byte[] file =
        csv(
            "currency,month,units_per_usd\n"
                + ("SEK," + month + ",8.5\n")
                + ("NOK," + month + ",8.1\n")
                + ("SEK," + month + ",8.6\n"));

    ImportPreview preview = As.user("finance", () -> imports.previewRates(file, "rates.csv"));

    assertEquals(List.of(RowStatus.ERROR, RowStatus.NEW, RowStatus.ERROR), statuses(preview));
    assertEquals(
        List.of(
            new ImportError(
                "month", "funding.import.rateTwice", List.of("SEK", month.toString(), 4))),
        preview.rows().get(0).errors());
    assertThrows(
        InvalidInputException.class,
        () -> As.user("finance", () -> imports.applyRates(file, "rates.csv")));
    assertEquals(0, ratesOf(month));
  }

  @Test
  void aProgrammeOfficerCannotImport() throws Exception {
    byte[] rates = csv("currency,month,units_per_usd\nCHF," + unusedMonth() + ",0.97\n");
    byte[] statement =
        csv(RECEIPTS_HEADER + "2018-06-12;EU;EUP;EU_PROJECT;10;USD;" + reference() + "\n");

    assertThrows(
        AuthorizationException.class,
        () -> As.user("programme", () -> imports.previewRates(rates, "rates.csv")));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("programme", () -> imports.applyRates(rates, "rates.csv")));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("programme", () -> imports.previewReceipts(statement, "statement.csv")));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("programme", () -> imports.applyReceipts(statement, "statement.csv")));
  }

  private static byte[] statementWorkbook(String reference) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      Sheet sheet = workbook.createSheet("Kontoauszug");
      String[] header = {
        "Date", "Donor", "Fund", "Earmark", "Amount", "Currency", "Bank_Reference"
      };
      Row first = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        first.createCell(i).setCellValue(header[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(LocalDate.of(2018, 6, 14));
      row.getCell(0).setCellStyle(date);
      row.createCell(1).setCellValue("Government of Austria");
      row.createCell(2).setCellValue("STF");
      row.createCell(3).setCellValue("consultations");
      row.createCell(4).setCellValue(1234.56);
      row.createCell(5).setCellValue("EUR");
      row.createCell(6).setCellValue(reference);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static List<RowStatus> statuses(ImportPreview preview) {
    return preview.rows().stream().map(ImportRow::status).toList();
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String reference() {
    return "IMP-" + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  /** A month far ahead that no demo data and no other test uses. */
  private static YearMonth unusedMonth() {
    return YearMonth.of(
        ThreadLocalRandom.current().nextInt(2200, 9000),
        ThreadLocalRandom.current().nextInt(1, 13));
  }

  private long receiptsLike(String reference) {
    return em.createQuery(
            "select count(r) from Receipt r where r.bankReference like :reference", Long.class)
        .setParameter("reference", reference + "%")
        .getSingleResult();
  }

  private long ratesOf(YearMonth month) {
    return em.createQuery("select count(r) from ExchangeRate r where r.month = :m", Long.class)
        .setParameter("m", month.atDay(1))
        .getSingleResult();
  }

  private BigDecimal rate(String currency, YearMonth month) {
    return em.createQuery(
            "select r.unitsPerUsd from ExchangeRate r where r.currencyCode = :c and r.month = :m",
            BigDecimal.class)
        .setParameter("c", currency)
        .setParameter("m", month.atDay(1))
        .getSingleResult();
  }
}

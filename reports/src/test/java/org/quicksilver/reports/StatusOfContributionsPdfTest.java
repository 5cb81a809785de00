package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatusOfContributionsPdfTest {

  private final ReportRenderer renderer = new ReportRenderer();

  /**
   * What each language must print. Totals are the fixture's sums in the locale's number format
   * (pledged, recognised, received, outstanding USD), with nothing in between: the
   * original-currency columns of a total line stay empty.
   */
  record Expected(
      Locale locale,
      String title,
      String asOf,
      String subtitle,
      String generalFundTotals,
      String grandTotals,
      String jpyPledged,
      String kwdPledged,
      String eurPledged,
      String pageOneOf) {}

  static Stream<Expected> languages() {
    return Stream.of(
        new Expected(
            Locale.ENGLISH,
            "Status of contributions",
            "As of March 31, 2025",
            "Amounts in US dollars at UN operational rates of exchange",
            "Total, General Trust Fund 3,414,265.45 2,773,139.50 2,260,639.50 1,153,625.95",
            "Total, all trust funds 5,180,670.74 4,256,525.92 3,508,176.87 1,672,493.87",
            "150,000,000",
            "30,750.125",
            "1,500,000.00",
            "Page 1 of "),
        new Expected(
            Locale.FRENCH,
            "État des contributions",
            "Situation au 31 mars 2025",
            "Montants en dollars des États-Unis aux taux de change opérationnels de l’ONU",
            "Total, Fonds d’affectation spéciale général"
                + " 3 414 265,45 2 773 139,50 2 260 639,50 1 153 625,95",
            "Total, tous les fonds d’affectation spéciale"
                + " 5 180 670,74 4 256 525,92 3 508 176,87 1 672 493,87",
            "150 000 000",
            "30 750,125",
            "1 500 000,00",
            "Page 1 sur "),
        new Expected(
            new Locale("es"),
            "Estado de las contribuciones",
            "Situación al 31 de marzo de 2025",
            "Importes en dólares de los Estados Unidos a los tipos de cambio operacionales de las"
                + " Naciones Unidas",
            "Total, Fondo Fiduciario General 3.414.265,45 2.773.139,50 2.260.639,50 1.153.625,95",
            "Total, todos los fondos fiduciarios"
                + " 5.180.670,74 4.256.525,92 3.508.176,87 1.672.493,87",
            "150.000.000",
            "30.750,125",
            "1.500.000,00",
            "Página 1 de "));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void printsTranslatedLabelsNamesAndTotals(Expected expected) throws IOException {
    Locale locale = expected.locale();
    PdfText pdf =
        PdfText.of(renderer.render(ContributionsFixture.request(locale, ReportFormat.PDF)));

    String text = pdf.text();
    assertAll(
        () -> assertContains(text, expected.title()),
        () -> assertContains(text, expected.asOf()),
        () -> assertContains(text, expected.subtitle()),
        () -> assertContains(text, ContributionsFixture.name(ContributionsFixture.SIP, locale)),
        () -> assertContains(text, ContributionsFixture.name("EU", locale)),
        () -> assertContains(text, "Türkiye"),
        () -> assertContains(text, expected.generalFundTotals()),
        () -> assertContains(text, expected.grandTotals()),
        () -> assertContains(text, ContributionsFixture.NOTE),
        () -> assertContains(text, expected.pageOneOf() + pdf.pageCount()),
        () -> assertContains(text, ContributionsFixture.USER));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void printsOriginalAmountsWithTheCurrencysDecimals(Expected expected) throws IOException {
    String text =
        PdfText.of(
                renderer.render(ContributionsFixture.request(expected.locale(), ReportFormat.PDF)))
            .text();
    char decimalSeparator = expected.locale().getLanguage().equals("en") ? '.' : ',';

    assertAll(
        // JPY: no decimals
        () -> assertContains(text, " " + expected.jpyPledged() + " "),
        () -> assertFalse(text.contains(expected.jpyPledged() + decimalSeparator), text),
        // KWD: three decimals
        () -> assertContains(text, " " + expected.kwdPledged() + " "),
        // EUR: two decimals
        () -> assertContains(text, " " + expected.eurPledged() + " "));
  }

  @Test
  void isA4Landscape() throws IOException {
    byte[] bytes = renderer.render(ContributionsFixture.request(Locale.ENGLISH, ReportFormat.PDF));
    try (PDDocument document = Loader.loadPDF(bytes)) {
      for (PDPage page : document.getPages()) {
        // JasperReports writes a landscape page as a portrait A4 sheet turned by /Rotate, the way
        // printers expect it: what a reader sees is the box turned by that rotation.
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        assertTrue(
            width > height, "page is not landscape: " + box + " rotated " + page.getRotation());
        assertEquals(842, width, 1, "page is not A4 wide");
        assertEquals(595, height, 1, "page is not A4 high");
      }
    }
  }

  @Test
  void embedsTheDejaVuFontsItUses() throws IOException {
    PdfText pdf =
        PdfText.of(renderer.render(ContributionsFixture.request(Locale.ENGLISH, ReportFormat.PDF)));

    assertFalse(pdf.fonts().isEmpty(), "the pages use no font at all");
    for (PDFont font : pdf.fonts()) {
      assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
      assertTrue(font.getName().contains("DejaVuSans"), font.getName() + " is not DejaVu Sans");
    }
  }

  private static void assertContains(String text, String expected) {
    assertTrue(
        text.contains(expected), () -> "expected \"" + expected + "\" in the PDF text:\n" + text);
  }
}

package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PartiesEligibilityPdfTest {

  private static final String NOTE = "Budget: 1 250 000 € (test note)";

  private final ReportRenderer renderer = new ReportRenderer();

  record Expected(
      Locale locale,
      String title,
      String asOf,
      String generatedOn,
      String benin,
      String region,
      String status,
      String pageOneOf) {}

  static Stream<Expected> languages() {
    return Stream.of(
        new Expected(
            Locale.ENGLISH,
            "Parties and SIP eligibility by region",
            "As of March 31, 2025",
            "Generated on March 31, 2025",
            "Benin",
            "Latin America and the Caribbean",
            "Signatory",
            "Page 1 of "),
        new Expected(
            Locale.FRENCH,
            "Parties et admissibilité au Programme international spécifique, par région",
            "Situation au 31 mars 2025",
            "Généré le 31 mars 2025",
            "Bénin",
            "Amérique latine et Caraïbes",
            "Signataire",
            "Page 1 sur "),
        new Expected(
            new Locale("es"),
            "Partes y admisibilidad al Programa Internacional Específico, por región",
            "Situación al 31 de marzo de 2025",
            "Generado el 31 de marzo de 2025",
            "Benín",
            "América Latina y el Caribe",
            "Signatario",
            "Página 1 de "));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void printsTranslatedLabelsAccentedNamesAndFooter(Expected expected) throws IOException {
    PdfText pdf =
        PdfText.of(
            renderer.render(PartiesFixture.request(expected.locale(), ReportFormat.PDF, NOTE)));

    String text = pdf.text();
    assertAll(
        () -> assertContains(text, expected.title()),
        () -> assertContains(text, expected.asOf()),
        () -> assertContains(text, NOTE),
        () -> assertContains(text, "Côte d’Ivoire"),
        () -> assertContains(text, expected.benin()),
        () -> assertContains(text, expected.region()),
        () -> assertContains(text, expected.status()),
        () -> assertContains(text, expected.pageOneOf() + pdf.pageCount()),
        () -> assertContains(text, expected.generatedOn()),
        () -> assertContains(text, PartiesFixture.USER));
  }

  @Test
  void embedsTheDejaVuFontsItUses() throws IOException {
    PdfText pdf =
        PdfText.of(renderer.render(PartiesFixture.request(Locale.ENGLISH, ReportFormat.PDF, NOTE)));

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

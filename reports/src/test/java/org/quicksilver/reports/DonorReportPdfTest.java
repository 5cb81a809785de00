package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DonorReportPdfTest {

  private final ReportRenderer renderer = new ReportRenderer();

  /** What each language must print, numbers and dates in the locale's format. */
  record Expected(Locale locale, List<String> texts, List<String> sections, List<String> none) {}

  static Stream<Expected> languages() {
    return Stream.of(
        new Expected(
            Locale.ENGLISH,
            List.of(
                "Donor report",
                "Ministry of the Environment of Japan (Japan)",
                "Period: January 1, 2018 to December 31, 2018",
                "Data as of January 31, 2019 (end of day)",
                "Illustrative data: some of the figures are invented for demonstration.",
                "Received in the period, reversals deducted 579,981.60",
                "Exchange difference on pledges paid in full (a gain when positive) 5,436.15",
                "Pledge JP-2018-01 SIP / GENERAL 1 Mar 2018 50,000,000 JPY 110.0000 454,545.45"
                    + " 459,981.60 5,436.15 0.00 Paid",
                "Agreement with conditions JP-2018-02 GTF / COP 15 May 2018 200,000.00 USD 1.0000",
                "Partly paid",
                "106,666.67 Overdue",
                "Total 761,212.12 579,981.60 5,436.15 186,666.67",
                "MUFG-180914-R -1,000,000 JPY 111.2000 -8,992.81 Reversal",
                "Total 579,981.60",
                "GTF · General Trust Fund COP · Support to delegates at the COP 120,000.00"
                    + " 80,000.00 60,000.00 40,000.00",
                "Grants SIP-2018-07",
                "100,000.00 Active",
                "Activities and events ACT-2018-12",
                "Lusaka, Zambia 9 Oct 2018 11 Oct 2018 60,000.00 40,000.00 35,000.00 Held 14 10 1",
                "Webinar on mercury trade Online 27 Nov 2018 27 Nov 2018",
                "Pilot projects PP-AM",
                "55,000.00 40,000.00 " + DonorReportFixture.UNKNOWN_PILOT_STATUS,
                "Other allocations Translation of the guidance documents",
                "Total, activities and events 65,000.00 45,000.00 40,000.00",
                "Total, all uses 495,000.00 380,000.00 180,000.00",
                "Africa 14 10 1 25",
                "Central and Eastern Europe and Central Asia 0 0 0 0",
                "Latin America and the Caribbean 4 2 0 6",
                "All regions 23 17 1 41",
                "Report on the 2017 agreement JP-2017-04 30 Jun 2018 Overdue",
                "30 Sep 2018 25 Sep 2018 Sent",
                "31 Dec 2018 Due",
                "Charts",
                "Donor report · Ministry of the Environment of Japan · January 1, 2018 to"),
            List.of(
                "Summary",
                "Pledges and agreements",
                "Receipts",
                "Money by fund and earmark",
                "What the money paid for",
                "Participants by region and gender",
                "Reporting obligations"),
            List.of(
                "There are no figures for the period.",
                "No pledge or agreement was made or paid in the period.",
                "No money was received in the period.",
                "None of the donor’s money is held in any fund at the end of the period.",
                "None of the donor’s money was allocated in the period.",
                "No activity paid for with the donor’s money had participants in the period.",
                "No report to the donor is due for the period.")),
        new Expected(
            Locale.FRENCH,
            List.of(
                "Rapport au donateur",
                "Ministry of the Environment of Japan (Japon)",
                "Période : du 1 janvier 2018 au 31 décembre 2018",
                "Données arrêtées au 31 janvier 2019 (fin de journée)",
                "Données fictives",
                "Reçu pendant la période, contre-passations déduites 579 981,60",
                "Annonce de contribution JP-2018-01 SIP / GENERAL 1 mars 2018 50 000 000 JPY"
                    + " 110,0000 454 545,45 459 981,60 5 436,15 0,00 Versé",
                "Accord assorti de conditions JP-2018-02",
                "Partiellement versé",
                "Total 761 212,12 579 981,60 5 436,15 186 666,67",
                "MUFG-180914-R -1 000 000 JPY 111,2000 -8 992,81 Contre-passation",
                "Subventions SIP-2018-07",
                "100 000,00 En cours",
                "Activités et manifestations ACT-2018-12",
                "35 000,00 Tenue 14 10 1",
                "Webinar on mercury trade En ligne 27 nov. 2018 27 nov. 2018",
                "Projets pilotes PP-AM",
                "55 000,00 40 000,00 " + DonorReportFixture.UNKNOWN_PILOT_STATUS,
                "Autres allocations",
                "Total, toutes utilisations 495 000,00 380 000,00 180 000,00",
                "Afrique 14 10 1 25",
                "Europe centrale et orientale et Asie centrale 0 0 0 0",
                "Amérique latine et Caraïbes 4 2 0 6",
                "Toutes les régions 23 17 1 41",
                "30 juin 2018 En retard",
                "25 sept. 2018 Envoyé",
                "31 déc. 2018 À venir",
                "Graphiques"),
            List.of(
                "Synthèse",
                "Annonces de contributions et accords",
                "Recettes",
                "Montants par fonds d’affectation spéciale et par affectation",
                "Ce que l’argent a financé",
                "Participants par région et par sexe",
                "Obligations de rapport"),
            List.of(
                "Aucun chiffre pour la période.",
                "Aucune annonce ni aucun accord n’a été fait ou versé pendant la période.",
                "Aucune somme n’a été reçue pendant la période.",
                "Aucun fonds du donateur n’est détenu à la fin de la période.",
                "Aucune somme du donateur n’a été allouée pendant la période.",
                "Aucune activité financée par le donateur n’a eu de participants pendant la période.",
                "Aucun rapport au donateur n’est attendu pour la période.")),
        new Expected(
            Locale.forLanguageTag("es"),
            List.of(
                "Informe al donante",
                "Ministry of the Environment of Japan (Japón)",
                "Período: del 1 de enero de 2018 al 31 de diciembre de 2018",
                "Datos al 31 de enero de 2019 (al cierre del día)",
                "Datos ilustrativos",
                "Recibido en el período, descontadas las anulaciones 579.981,60",
                "Promesa JP-2018-01 SIP / GENERAL 1 mar 2018 50.000.000 JPY 110,0000 454.545,45"
                    + " 459.981,60 5.436,15 0,00 Pagado",
                "Acuerdo con condiciones JP-2018-02",
                "Pagado en parte",
                "Total 761.212,12 579.981,60 5.436,15 186.666,67",
                "MUFG-180914-R -1.000.000 JPY 111,2000 -8.992,81 Anulación",
                "Subvenciones SIP-2018-07",
                "100.000,00 En curso",
                "Actividades y eventos ACT-2018-12",
                "35.000,00 Realizada 14 10 1",
                "Webinar on mercury trade En línea 27 nov 2018 27 nov 2018",
                "Proyectos piloto PP-AM",
                "Otras asignaciones",
                "Total, todos los usos 495.000,00 380.000,00 180.000,00",
                "África 14 10 1 25",
                "Europa Central y Oriental y Asia Central 0 0 0 0",
                "América Latina y el Caribe 4 2 0 6",
                "Todas las regiones 23 17 1 41",
                "30 jun 2018 Atrasado",
                "Enviado",
                "31 dic 2018 Pendiente",
                "Gráficos"),
            List.of(
                "Resumen",
                "Promesas y acuerdos",
                "Ingresos",
                "Dinero por fondo y asignación específica",
                "Qué financió el dinero",
                "Participantes por región y género",
                "Obligaciones de presentación de informes"),
            List.of(
                "No hay cifras para el período.",
                "No se hizo ni se pagó ninguna promesa o acuerdo en el período.",
                "No se recibió dinero en el período.",
                "Al final del período no queda dinero del donante en ningún fondo.",
                "No se asignó dinero del donante en el período.",
                "Ninguna actividad financiada por el donante tuvo participantes en el período.",
                "No se debe presentar ningún informe al donante para el período.")));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void printsEverySectionInTheChosenLanguage(Expected expected) throws IOException {
    PdfText pdf =
        PdfText.of(
            renderer.render(DonorReportFixture.request(expected.locale(), ReportFormat.PDF)));
    String text = pdf.text();
    String pageOf =
        switch (expected.locale().getLanguage()) {
          case "fr" -> "Page 1 sur ";
          case "es" -> "Página 1 de ";
          default -> "Page 1 of ";
        };
    assertAll(
        () -> expected.texts().forEach(t -> assertContains(text, t)),
        () -> expected.sections().forEach(t -> assertContains(text, t)),
        () -> expected.none().forEach(t -> assertNotContains(text, t)),
        () -> assertContains(text, expected.sections().get(0) + " USD"),
        () -> assertContains(text, pageOf + pdf.pageCount()),
        () -> assertContains(text, DonorReportFixture.USER));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aSectionWithNothingPrintsItsSentenceAndNoColumns(Expected expected) throws IOException {
    PdfText pdf =
        PdfText.of(
            renderer.render(
                DonorReportFixture.request(
                    DonorReportFixture.empty(), expected.locale(), ReportFormat.PDF)));
    String text = pdf.text();
    assertAll(
        () -> expected.sections().forEach(t -> assertContains(text, t)),
        () -> expected.none().forEach(t -> assertContains(text, t)),
        // the summary's only column label, "USD", follows its heading when the section has lines
        () -> assertNotContains(text, expected.sections().get(0) + " USD"),
        () -> assertTrue(pdf.pageCount() == 1, "no page of charts without data"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void onlyTheSectionWithNothingSaysSo(Expected expected) throws IOException {
    List<DonorReportRow> rows =
        DonorReportFixture.rows().stream()
            .filter(row -> !"OBLIGATIONS".equals(row.getSection()))
            .collect(Collectors.toCollection(ArrayList::new));
    rows.add(DonorReportRow.none(DonorReportRow.Section.OBLIGATIONS));
    String text =
        PdfText.of(
                renderer.render(
                    DonorReportFixture.request(rows, expected.locale(), ReportFormat.PDF)))
            .text();
    List<String> none = expected.none();
    assertAll(
        () -> assertContains(text, none.get(none.size() - 1)),
        () -> none.subList(0, none.size() - 1).forEach(t -> assertNotContains(text, t)),
        () -> assertNotContains(text, "Report on the 2017 agreement"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void theDonorsCountryIsLeftOutWhenItIsTheDonorsName(Expected expected) throws IOException {
    String text =
        PdfText.of(
                renderer.render(
                    DonorReport.request(
                        new DonorReport.Donor("Japan", "Japan", false),
                        DonorReportFixture.rows(),
                        DonorReportFixture.FROM,
                        DonorReportFixture.TO,
                        DonorReportFixture.DATA_AS_OF,
                        expected.locale(),
                        ReportFormat.PDF,
                        DonorReportFixture.USER,
                        DonorReportFixture.GENERATED_AT)))
            .text();
    String illustrative = expected.texts().get(4).split(":")[0];
    assertAll(
        () -> assertNotContains(text, "Japan (Japan)"),
        () -> assertContains(text, expected.texts().get(0) + " Japan "),
        () -> assertNotContains(text, illustrative));
  }

  private static void assertContains(String text, String expected) {
    assertTrue(
        text.contains(expected), () -> "expected \"" + expected + "\" in the PDF text:\n" + text);
  }

  private static void assertNotContains(String text, String unexpected) {
    assertTrue(
        !text.contains(unexpected),
        () -> "did not expect \"" + unexpected + "\" in the PDF text:\n" + text);
  }
}

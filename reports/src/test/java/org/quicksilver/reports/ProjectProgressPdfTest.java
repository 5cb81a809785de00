package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectProgressPdfTest {

  private final ReportRenderer renderer = new ReportRenderer();

  /** What each language must print, numbers in the locale's format. */
  record Expected(
      Locale locale,
      String title,
      String donorAndBudget,
      String period,
      List<String> sections,
      String indicator,
      String activity,
      String online,
      String regionsTotal,
      String overdue,
      String budgetTotal,
      String withoutOutput,
      String page) {}

  static Stream<Expected> languages() {
    return Stream.of(
        new Expected(
            Locale.ENGLISH,
            "Project progress report",
            "Donor: European Union · Budget: USD 1,200,000.00",
            "Period: July 1, 2018 to December 31, 2018",
            List.of(
                "1. Outputs and indicators against targets",
                "2. Activities held in the period",
                "3. Participants by region and gender",
                "4. Pilot projects and milestones",
                "5. Budget against actual cost"),
            "Customs officers trained people 0 40 30 15 Dec 2018 75.0 No",
            "Regional consultation for Africa Regional consultation 9 Oct 2018 10 Oct 2018"
                + " Lusaka, Zambia 22 12 9 1",
            "Online 35 20 15 0",
            "All regions 57 32 24 1",
            "Draft inventory 30 Nov 2018 Overdue 31",
            "Total 70,000.00 26,200.00 38,700.00 31,300.00 55.3",
            "Serving no output 10,000.00 0.00 12,500.00 -2,500.00 125.0",
            "Page 1 of "),
        new Expected(
            Locale.FRENCH,
            "Rapport d’avancement du projet",
            "Donateur : European Union · Budget : 1 200 000,00 USD",
            "Période : du 1 juillet 2018 au 31 décembre 2018",
            List.of(
                "1. Produits et indicateurs par rapport aux cibles",
                "2. Activités tenues pendant la période",
                "3. Participants par région et par sexe",
                "4. Projets pilotes et jalons",
                "5. Budget et coûts réels"),
            "Customs officers trained people 0 40 30 15 déc. 2018 75,0 Non",
            "Regional consultation for Africa Consultation régionale 9 oct. 2018 10 oct. 2018"
                + " Lusaka, Zambia 22 12 9 1",
            "En ligne 35 20 15 0",
            "Toutes les régions 57 32 24 1",
            "Draft inventory 30 nov. 2018 En retard 31",
            "Total 70 000,00 26 200,00 38 700,00 31 300,00 55,3",
            "Sans produit associé 10 000,00 0,00 12 500,00 -2 500,00 125,0",
            "Page 1 sur "),
        new Expected(
            new Locale("es"),
            "Informe de progreso del proyecto",
            "Donante: European Union · Presupuesto: 1.200.000,00 USD",
            "Período: del 1 de julio de 2018 al 31 de diciembre de 2018",
            List.of(
                "1. Productos e indicadores con respecto a las metas",
                "2. Actividades realizadas en el período",
                "3. Participantes por región y género",
                "4. Proyectos piloto e hitos",
                "5. Presupuesto y costo real"),
            "Customs officers trained people 0 40 30 15 dic 2018 75,0 No",
            "Regional consultation for Africa Consulta regional 9 oct 2018 10 oct 2018"
                + " Lusaka, Zambia 22 12 9 1",
            "En línea 35 20 15 0",
            "Todas las regiones 57 32 24 1",
            "Draft inventory 30 nov 2018 Atrasado 31",
            "Total 70.000,00 26.200,00 38.700,00 31.300,00 55,3",
            "Sin producto asociado 10.000,00 0,00 12.500,00 -2.500,00 125,0",
            "Página 1 de "));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void printsEverySectionInTheChosenLanguage(Expected expected) throws IOException {
    PdfText pdf =
        PdfText.of(renderer.render(ProgressFixture.request(expected.locale(), ReportFormat.PDF)));
    String text = pdf.text();
    assertAll(
        () -> assertContains(text, expected.title()),
        () -> assertContains(text, "EUCB-01 · Capacity building on mercury trade and emissions"),
        () -> assertContains(text, expected.donorAndBudget()),
        () -> assertContains(text, expected.period()),
        () -> expected.sections().forEach(section -> assertContains(text, section)),
        () -> assertContains(text, "OP1.1 · Customs officers trained"),
        () -> assertContains(text, expected.indicator()),
        () -> assertContains(text, expected.activity()),
        () -> assertContains(text, expected.online()),
        () -> assertContains(text, expected.regionsTotal()),
        () -> assertContains(text, expected.overdue()),
        () -> assertContains(text, expected.budgetTotal()),
        () -> assertContains(text, expected.withoutOutput()),
        () -> assertContains(text, expected.page() + pdf.pageCount()),
        () -> assertContains(text, ProgressFixture.USER));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void aProjectWithNothingToReportSaysSoInEverySection(Expected expected) throws IOException {
    String text =
        PdfText.of(
                renderer.render(
                    ProgressFixture.request(
                        ProgressFixture.empty(), expected.locale(), ReportFormat.PDF)))
            .text();
    expected.sections().forEach(section -> assertContains(text, section));
    String none =
        switch (expected.locale().getLanguage()) {
          case "fr" -> "Aucune activité n’a été tenue pendant la période.";
          case "es" -> "No se realizó ninguna actividad en el período.";
          default -> "No activity was held in the period.";
        };
    assertContains(text, none);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ProjectProgressReport.request(
                ProgressFixture.PROJECT,
                ProgressFixture.rows(),
                ProgressFixture.TO,
                ProgressFixture.FROM,
                ProgressFixture.TO,
                Locale.ENGLISH,
                ReportFormat.PDF,
                ProgressFixture.USER,
                ProgressFixture.GENERATED_AT));
  }

  private static void assertContains(String text, String expected) {
    assertTrue(
        text.contains(expected), () -> "expected \"" + expected + "\" in the PDF text:\n" + text);
  }
}

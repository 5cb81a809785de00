package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SteeringCommitteePdfTest {

  private final ReportRenderer renderer = new ReportRenderer();

  record Expected(Locale locale, List<String> texts) {}

  static Stream<Expected> languages() {
    return Stream.of(
        new Expected(
            Locale.ENGLISH,
            List.of(
                "Steering committee report",
                "Round 1: First round (2018) (June 5, 2018 – August 31, 2018)",
                "SIP-GB-2: Second meeting of the Governing Board, Oslo",
                "8 members present (quorum 6)",
                "Applications received by region and country",
                "Screening results",
                "Not eligible",
                "Ranking by weighted score",
                "Within the available balance",
                "Scores per criterion and application",
                "Recusals",
                "Member from the applicant Party.",
                "Declared conflict of interest: " + SteeringCommitteeFixture.CONFLICT,
                "Money requested against money available",
                "350,000.50",
                "Decisions and their reasons",
                "Approved",
                "Supersedes SIP-GB-1",
                "Illustrative data: people, amounts, scores and reasons are invented.",
                "Page 1 of")),
        new Expected(
            Locale.FRENCH,
            List.of(
                "Rapport du comité directeur",
                "Cycle 1 : First round (2018) (5 juin 2018 – 31 août 2018)",
                "8 membres présents (quorum 6)",
                "Demandes reçues par région et par pays",
                "Amérique latine et Caraïbes",
                "Résultats de l’examen préalable",
                "Irrecevable",
                "Classement par note pondérée",
                "Récusations",
                "Membre ressortissant de la Partie requérante.",
                "Montants demandés et fonds disponibles",
                "350 000,50",
                "Décisions et leurs motifs",
                "Ajournée",
                "Page 1 sur")),
        new Expected(
            Locale.forLanguageTag("es"),
            List.of(
                "Informe del comité directivo",
                "Ronda 1: First round (2018) (5 de junio de 2018 – 31 de agosto de 2018)",
                "Solicitudes recibidas por región y país",
                "Resultados del examen preliminar",
                "Clasificación por puntuación ponderada",
                "Recusaciones",
                "Montos solicitados frente a fondos disponibles",
                "Decisiones y sus motivos",
                "Aplazada",
                "Página 1 de")));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void printsEverySectionInTheChosenLanguage(Expected expected) throws IOException {
    String text =
        PdfText.of(
                renderer.render(
                    SteeringCommitteeFixture.request(expected.locale(), ReportFormat.PDF)))
            .text();
    assertAll(
        Stream.concat(
                expected.texts().stream(),
                Stream.of(
                    SteeringCommitteeFixture.REASONS,
                    "Côte d’Ivoire",
                    "Bénin",
                    SteeringCommitteeFixture.USER))
            .map(t -> () -> assertContains(text, t)));
  }

  @Test
  void aRoundWithoutAMeetingSaysWhichDecisionsItShows() throws IOException {
    ReportRequest request =
        SteeringCommitteeReport.request(
            SteeringCommitteeFixture.rows(),
            SteeringCommitteeFixture.ROUND,
            null,
            "Illustrative data.",
            Locale.ENGLISH,
            ReportFormat.PDF,
            SteeringCommitteeFixture.USER,
            SteeringCommitteeFixture.GENERATED_AT);
    String text = PdfText.of(renderer.render(request)).text();
    assertContains(text, "Decisions: every decision taken on the round’s applications.");
    assertContains(text, "Illustrative data.");
    assertTrue(!text.contains("members present"), "no meeting line");
  }

  @Test
  void rendersAnEmptyRound() throws IOException {
    ReportRequest request =
        SteeringCommitteeReport.request(
            List.of(),
            SteeringCommitteeFixture.ROUND,
            null,
            null,
            Locale.ENGLISH,
            ReportFormat.PDF,
            SteeringCommitteeFixture.USER,
            SteeringCommitteeFixture.GENERATED_AT);
    assertContains(PdfText.of(renderer.render(request)).text(), "Steering committee report");
  }

  private static void assertContains(String text, String expected) {
    assertTrue(
        text.contains(expected), () -> "expected \"" + expected + "\" in the PDF text:\n" + text);
  }
}

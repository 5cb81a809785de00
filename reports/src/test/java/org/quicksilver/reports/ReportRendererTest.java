package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  private final ReportRenderer renderer = new ReportRenderer();

  @Test
  void unknownTemplateFailsNamingIt() {
    UnknownTemplateException thrown =
        assertThrows(
            UnknownTemplateException.class, () -> renderer.render(request("no-such-report")));
    assertTrue(thrown.getMessage().contains("no-such-report"), thrown.getMessage());
  }

  @Test
  void pathLikeTemplateNameIsRefused() {
    assertThrows(
        UnknownTemplateException.class,
        () -> renderer.render(request("../templates/parties-eligibility")));
  }

  @Test
  void requestCannotOverrideWhatTheRendererSets() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReportRequest(
                PartiesEligibilityReport.TEMPLATE,
                Locale.ENGLISH,
                ReportFormat.PDF,
                List.of(),
                Map.of(ReportParameters.GENERATED_BY, "someone else"),
                PartiesFixture.USER,
                PartiesFixture.GENERATED_AT));
  }

  @Test
  void loadsEachTemplateOnce() {
    CompiledTemplates templates = new CompiledTemplates();
    assertSame(
        templates.get(PartiesEligibilityReport.TEMPLATE),
        templates.get(PartiesEligibilityReport.TEMPLATE));
  }

  @Test
  void languageWithoutBundleGetsEnglishWhateverTheServerLocale() throws IOException {
    Locale serverLocale = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      String text =
          PdfText.of(renderer.render(PartiesFixture.request(Locale.GERMAN, ReportFormat.PDF, "-")))
              .text();
      assertTrue(text.contains("Parties and SIP eligibility by region"), text);
    } finally {
      Locale.setDefault(serverLocale);
    }
  }

  @Test
  void rendersConcurrentlyWithOneRenderer() throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> renders = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.FRENCH;
        renders.add(
            () ->
                PdfText.of(renderer.render(PartiesFixture.request(locale, ReportFormat.PDF, "-")))
                    .text());
      }
      List<Future<String>> results = pool.invokeAll(renders);
      for (int i = 0; i < results.size(); i++) {
        String title =
            i % 2 == 0
                ? "Parties and SIP eligibility by region"
                : "Parties et admissibilité au Programme international spécifique, par région";
        assertTrue(results.get(i).get().contains(title), "render " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void formatsKnowTheirDownloadType() {
    assertEquals("application/pdf", ReportFormat.PDF.contentType());
    assertEquals("xlsx", ReportFormat.XLSX.fileExtension());
  }

  private static ReportRequest request(String template) {
    return new ReportRequest(
        template,
        Locale.ENGLISH,
        ReportFormat.PDF,
        List.of(),
        Map.of(),
        PartiesFixture.USER,
        PartiesFixture.GENERATED_AT);
  }
}

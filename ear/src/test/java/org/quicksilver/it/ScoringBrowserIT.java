package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A committee member scores in a real browser: their queue, a sheet filled criterion by criterion,
 * a draft, a confirmed submission, then the others' scores; and a recused member who types the
 * address of an application from their own country is refused with a message and shown no scores.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoringBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ScoringFixture.class, ProgrammeData.class);
  }

  @Test
  void aMemberScoresCriterionByCriterionSubmitsAndThenSeesTheOthersScores() throws Exception {
    Map<String, String> data = fixture();
    try (var browser = new Browser().logIn("member", As.DEMO_PASSWORD)) {
      browser.open("/programme/scoring.xhtml");
      browser.waitForText(By.id("queue"), data.get("reference"));
      assertFalse(browser.text(By.id("queue")).contains(data.get("recusedReference")));
      browser.click(By.linkText(data.get("reference")));
      browser.waitForText(By.id("applicationTitle"), data.get("title"));
      assertTrue(browser.text(By.id("applicationSummary")).contains("120,000.00"));

      browser.type(By.id("sheetForm:criteria:0:score_input"), "4");
      browser.type(By.id("sheetForm:criteria:0:comment"), "Clear link to Article 4");
      browser.type(By.id("sheetForm:criteria:1:score_input"), "3");
      browser.type(By.id("sheetForm:overall"), "Sound and well budgeted");
      browser.clickAndWait(By.id("sheetForm:saveDraft"));
      browser.waitForText(By.id("sheetStatus"), "Draft");
      assertFalse(browser.pageText().contains(data.get("other")), "blind until submitted");

      browser.type(By.id("sheetForm:criteria:2:score_input"), "3");
      browser.click(By.id("sheetForm:submit"));
      browser.clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText(By.id("sheetStatus"), "Submitted");
      browser.waitForText(By.id("sheetForm:others"), data.get("other"));
      String others = browser.text(By.id("sheetForm:others"));
      assertTrue(others.contains("4") && others.contains("Sheet of"), others);
      browser.screenshot("scoring-submitted");

      browser.open("/programme/scoring.xhtml");
      browser.waitForText(By.id("queue"), "Submitted");
    }
  }

  @Test
  void aRecusedMembersCraftedRequestIsRefusedAndShowsNoScores() throws Exception {
    Map<String, String> data = fixture();
    try (var browser = new Browser().logIn("member", As.DEMO_PASSWORD)) {
      browser.open("/programme/score.xhtml?application=" + data.get("recused"));
      browser.waitForText(By.id("messages"), "is recused from this application");
      assertTrue(browser.driver().findElements(By.id("sheetForm")).isEmpty(), "no sheet");
      String page = browser.pageText();
      assertFalse(page.contains(data.get("recusedTitle")), page);
      assertFalse(page.contains("Sheet of"), "no scores");
      browser.screenshot("scoring-recused");
    }
  }

  @Test
  void theChairSeesTheRankingWithTheFundingLineAndTheCommittee() throws Exception {
    Map<String, String> data = fixture();
    try (var browser = new Browser().logIn("chair", As.DEMO_PASSWORD)) {
      browser.open("/programme/ranking.xhtml?round=" + data.get("round"));
      browser.waitForText(By.id("ranking"), data.get("reference"));
      String ranking = browser.text(By.id("ranking"));
      // the round has no earmark: no money, so the line falls above the first application
      assertTrue(ranking.contains("Funding line") && ranking.contains("Reserve list"), ranking);
      String progress = browser.text(By.id("progress"));
      assertTrue(progress.contains(data.get("other")), progress);
      browser.screenshot("scoring-ranking");

      browser.open("/programme/committee.xhtml");
      browser.waitForText(By.id("committeeForm:members"), data.get("other"));
    }
  }

  /** Sets up a round of its own through the test servlet, signed in as a programme officer. */
  private static Map<String, String> fixture() throws Exception {
    Browserless http = new Browserless();
    http.logIn("programme", As.DEMO_PASSWORD);
    var response = http.get("/it/scoring-fixture");
    assertEquals(200, response.statusCode(), response.body());
    Map<String, String> values = new HashMap<>();
    for (String line : response.body().split("\n")) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        values.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return values;
  }
}

package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The dashboard in a real browser, role by role: a donor viewer sees its own donor's figures (the
 * same as its donor page) and no other donor's nor the secretariat's totals; a member sees their
 * own scoring of the current round and nobody else's; a finance officer sees the money.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {
  /** Sections only some roles get, by element id. */
  private static final List<String> SECTIONS =
      List.of(
          "donorFigures",
          "fundingFigures",
          "roundProgress",
          "roundOverview",
          "myScoring",
          "referenceFigures");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ScoringFixture.class, ProgrammeData.class);
  }

  @Test
  void aDonorViewerSeesItsOwnDonorsFiguresAndNoOneElses() {
    try (var browser = new Browser().logIn("donor", As.DEMO_PASSWORD)) {
      browser.open("/index.xhtml");
      browser.waitForText(By.id("donorName"), "Government of Sweden");
      assertEquals(List.of("donorFigures"), shown(browser));
      browser.waitFor(By.id("donorChart"));
      String page = browser.pageText();
      for (String other : List.of("Japan", "Norway", "Austria", "European Union")) {
        assertFalse(page.contains(other), other + " on the donor viewer's dashboard:\n" + page);
      }
      assertTrue(browser.driver().findElements(By.id("receivedThisYear")).isEmpty());
      assertTrue(browser.driver().findElements(By.id("fundChart")).isEmpty());
      BigDecimal received = dollars(browser.text(By.id("donorReceived")));
      BigDecimal pledged = dollars(browser.text(By.id("donorPledged")));
      BigDecimal attributed = dollars(browser.text(By.id("donorAttributed")));
      browser.screenshot("dashboard-donor");

      browser.click(By.id("donorPageLink"));
      browser.waitForText(By.cssSelector("h1"), "Government of Sweden");
      assertEquals(wholeDollars(browser, "received"), received);
      assertEquals(wholeDollars(browser, "pledged"), pledged);
      assertEquals(wholeDollars(browser, "attributed"), attributed);
    }
  }

  @Test
  void aMemberSeesTheirOwnScoringOfTheCurrentRoundOnly() throws Exception {
    Map<String, String> round = fixture();
    try (var browser = new Browser().logIn("member", As.DEMO_PASSWORD)) {
      browser.open("/index.xhtml");
      browser.waitFor(By.id("roundProgress"));
      assertEquals(List.of("roundProgress", "myScoring", "referenceFigures"), shown(browser));
      assertTrue(browser.text(By.id("roundTitle")).contains("Integration test round"));
      // the fixture's round: one application to score (not started), one they are recused from
      assertEquals("You have submitted 0 of 1 score sheets", browser.text(By.id("myScoringText")));
      assertTrue(
          browser.text(By.id("myScoringDetail")).contains("0 in draft, 1 not started, 1 recused"));
      browser.waitFor(By.id("myScoringChart"));
      assertFalse(browser.pageText().contains(round.get("other")), "no other member named");
      browser.screenshot("dashboard-member");
    }
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/index.xhtml");
      browser.waitFor(By.id("roundOverview"));
      assertEquals("2", browser.text(By.id("roundApplications")));
      assertTrue(browser.text(By.id("roundSheets")).startsWith("1 of "));
      browser.waitFor(By.id("roundChart"));
      assertTrue(browser.driver().findElements(By.id("myScoring")).isEmpty());
      browser.screenshot("dashboard-programme");
    }
  }

  @Test
  void aFinanceOfficerSeesTheMoneyAndNoRound() {
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/index.xhtml");
      browser.waitFor(By.id("fundingFigures"));
      assertEquals(List.of("fundingFigures", "referenceFigures"), shown(browser));
      assertTrue(browser.text(By.id("outstanding")).startsWith("$"));
      browser.waitFor(By.id("fundChart"));
      browser.screenshot("dashboard-finance");
    }
  }

  private static List<String> shown(Browser browser) {
    return SECTIONS.stream()
        .filter(id -> !browser.driver().findElements(By.id(id)).isEmpty())
        .toList();
  }

  /** "$461,995" as a number. */
  private static BigDecimal dollars(String shown) {
    return new BigDecimal(shown.replaceAll("[^0-9.-]", ""));
  }

  /** A figure of the donor page ("461,994.90") rounded to the dollar, as the dashboard shows it. */
  private static BigDecimal wholeDollars(Browser browser, String id) {
    String shown = browser.text(By.cssSelector("#donorTotals [id$='" + id + "']"));
    return dollars(shown).setScale(0, RoundingMode.HALF_EVEN);
  }

  /** A round of its own through the test servlet, signed in as a programme officer. */
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

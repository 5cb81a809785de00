package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A programme officer opens a round, registers an application received from a Party, fills its
 * budget, screens it eligible and sends it to the committee; the history shows each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aProgrammeOfficerTakesAnApplicationFromReceiptToTheCommittee() {
    String number = String.valueOf(2_000_000 + Math.abs(System.nanoTime()) % 100_000_000);
    String round = "Browser round " + System.nanoTime();
    String title = "Customs training " + System.nanoTime();
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      try {
        takeToTheCommittee(browser, number, round, title);
      } catch (RuntimeException | Error failure) {
        browser.screenshot("application-flow-failed");
        throw failure;
      }
    }
  }

  private static void takeToTheCommittee(
      Browser browser, String number, String round, String title) {
    {
      browser.open("/programme/rounds.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.type(By.id("editForm:number_input"), number);
      browser.type(By.id("editForm:title"), round);
      browser.type(By.id("editForm:criteria:0:code"), "RELEVANCE");
      browser.type(By.id("editForm:criteria:0:name"), "Relevance to the Convention");
      browser.type(By.id("editForm:criteria:0:weight_input"), "60");
      browser.clickAndWait(By.id("editForm:addCriterion"));
      browser.type(By.id("editForm:criteria:1:code"), "FEASIBILITY");
      browser.type(By.id("editForm:criteria:1:name"), "Feasibility");
      browser.type(By.id("editForm:criteria:1:weight_input"), "40");
      browser.type(By.id("editForm:checklist:0:code"), "ENDORSEMENT");
      browser.type(By.id("editForm:checklist:0:text"), "Official endorsement letter attached");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("roundDialog"));
      browser.waitForText(By.id("listForm:rounds"), round);
      browser.screenshot("round-created");

      browser.open("/programme/applications.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.choose("editForm:round", number + " · " + round);
      browser.chooseByFilter("editForm:country", "Ghana", "Ghana");
      browser.type(By.id("editForm:ministry"), "Environmental Protection Agency");
      browser.type(By.id("editForm:contactName"), "National focal point");
      browser.type(By.id("editForm:appTitle"), title);
      browser.type(By.id("editForm:summary"), "Training customs officers to stop illegal mercury.");
      browser.type(By.id("editForm:amountRequested_input"), "100000");
      browser.type(By.id("editForm:durationMonths_input"), "24");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitForText(By.cssSelector("h1"), title);
      assertTrue(browser.text(By.id("summary")).contains("100,000.00"));

      browser.clickAndWait(By.id("budgetForm:editBudget"));
      browser.type(By.id("budgetForm:lines:0:category"), "Workshops");
      browser.type(By.id("budgetForm:lines:0:amount_input"), "60000");
      browser.clickAndWait(By.id("budgetForm:save"));
      browser.waitForText(By.id("messages"), "60,000");
      browser.clickAndWait(By.id("budgetForm:addLine"));
      browser.type(By.id("budgetForm:lines:1:category"), "Personnel");
      browser.type(By.id("budgetForm:lines:1:amount_input"), "40000");
      browser.clickAndWait(By.id("budgetForm:save"));
      browser.waitForText(By.id("budgetTable"), "Personnel");
      assertTrue(browser.text(By.id("budgetTable")).contains("100,000.00"));

      browser.clickAndWait(By.id("workflowForm:startScreening"));
      browser.waitForText(By.id("status"), "Screening");
      browser.click(By.cssSelector("label[for='screeningForm:items:0:met:0']"));
      browser.type(By.id("screeningForm:items:0:comment"), "Signed by the minister");
      browser.clickAndWait(By.id("screeningForm:items:0:record"));
      browser.waitForText(By.id("messages"), "ENDORSEMENT recorded");
      assertTrue(
          "Signed by the minister"
              .equals(
                  browser.waitFor(By.id("screeningForm:items:0:comment")).getAttribute("value")));

      browser.click(By.cssSelector("label[for='eligibilityForm:outcome:0']"));
      browser.type(By.id("eligibilityForm:reason"), "Complete, from an eligible Party");
      browser.clickAndWait(By.id("eligibilityForm:decide"));
      browser.waitForText(By.id("status"), "Eligible");

      browser.type(By.id("assessmentForm:assessment"), "Relevant and feasible; budget sound.");
      browser.clickAndWait(By.id("assessmentForm:save"));
      browser.waitForText(By.id("messages"), "First assessment saved");
      browser.clickAndWait(By.id("workflowForm:sendToCommittee"));
      browser.waitForText(By.id("status"), "Under review");
      browser.screenshot("application-under-review");

      String history = browser.text(By.id("events"));
      for (String step :
          new String[] {
            "Received",
            "Screening",
            "Eligible",
            "Under review by the committee",
            "Complete, from an eligible Party",
            "programme"
          }) {
        assertTrue(history.contains(step), step + " missing from " + history);
      }
      assertTrue(
          history.indexOf("Received") < history.indexOf("Under review"),
          "oldest first: " + history);
    }
  }
}

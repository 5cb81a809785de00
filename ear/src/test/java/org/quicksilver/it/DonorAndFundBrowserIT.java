package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A donor's page and a fund's page in a real browser, signing in through the real form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DonorAndFundBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aFinanceOfficerOpensADonorAndRecordsAReportDueAndThenSent() {
    String report = "Narrative report " + System.nanoTime();
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/donors.xhtml");
      browser.type(By.id("listForm:donors:donorName:filter"), "Austria");
      browser.waitForText(By.id("listForm:donors"), "1–1 / 1");
      browser.clickAndWait(By.id("listForm:donors:0:open"));
      browser.waitForText(By.cssSelector("h1"), "Government of Austria");
      // Other tests post receipts for Austria too: the totals are checked against the ledger in
      // DonorAndFundAccountsIT; here, that they are shown.
      assertTrue(browser.text(By.id("donorTotals")).matches("(?s).*\\d{3},\\d{3}\\.\\d{2}.*"));
      assertTrue(browser.text(By.id("donorForm:pledges")).contains("AT-2018-01"));
      assertTrue(browser.text(By.id("donorForm:receipts")).contains("UBS-2018-06-15-0042"));

      browser.clickAndWait(By.id("donorForm:addObligation"));
      browser.choose("obligationForm:pledge", "AT-2018-01 · STF · CONSULTATIONS");
      browser.type(By.id("obligationForm:description"), report);
      setDate(browser, "obligationForm:dueOn_input", "2019-03-31");
      browser.clickAndWait(By.id("obligationForm:save"));
      browser.waitUntilHidden(By.id("obligationDialog"));
      browser.waitForText(By.id("donorForm:obligations"), report);
      String obligations = browser.text(By.id("donorForm:obligations"));
      assertTrue(obligations.contains("Overdue"), obligations);

      String donorPage = browser.url();
      browser.open("/index.xhtml");
      browser.waitForText(By.id("reportsDue"), report);
      browser.driver().get(donorPage);
      browser.waitForText(By.id("donorForm:obligations"), report);

      int row = rowOf(browser, report);
      browser.clickAndWait(By.id("donorForm:obligations:" + row + ":submit"));
      setDate(browser, "submitForm:submittedOn_input", "2019-03-28");
      browser.clickAndWait(By.id("submitForm:confirm"));
      browser.waitUntilHidden(By.id("submitDialog"));
      browser.waitForText(By.id("donorForm:obligations"), "Sent");
      browser.screenshot("donor-page");
    }
  }

  @Test
  void theBalancesLeadToAFundsPageWithItsMovements() {
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/funding/balances.xhtml");
      browser.driver().findElement(By.linkText("STF")).click();
      browser.waitForText(By.cssSelector("h1"), "STF");
      String movements = browser.text(By.id("movementsForm:movements"));
      assertTrue(movements.contains("Receipt"), movements);
      assertTrue(movements.contains("Government of Japan"), movements);
      browser.screenshot("fund-page");
    }
  }

  @Test
  void aDonorViewerOpensItsOwnDonorPageButNoOther() {
    String japan;
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/donors.xhtml");
      browser.type(By.id("listForm:donors:donorName:filter"), "Japan");
      browser.waitForText(By.id("listForm:donors"), "1–1 / 1");
      japan = browser.driver().findElement(By.id("listForm:donors:0:open")).getAttribute("href");
    }
    try (var browser = new Browser().logIn("donor", As.DEMO_PASSWORD)) {
      browser.open("/funding/donors.xhtml");
      String list = browser.text(By.id("listForm:donors"));
      assertTrue(list.contains("Government of Sweden"), list);
      assertFalse(list.contains("Japan"), list);
      browser.clickAndWait(By.id("listForm:donors:0:open"));
      browser.waitForText(By.cssSelector("h1"), "Government of Sweden");
      assertFalse(browser.pageText().contains("Add a reporting obligation"));

      browser.driver().get(japan);
      browser.waitFor(By.id("errorText"));
      assertTrue(browser.text(By.id("errorText")).contains("does not allow"));
      assertFalse(browser.pageText().contains("Government of Japan"));
    }
  }

  private static int rowOf(Browser browser, String text) {
    var rows =
        browser.driver().findElements(By.cssSelector("[id='donorForm:obligations_data'] > tr"));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getText().contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not listed");
  }

  private static void setDate(Browser browser, String inputId, String isoDate) {
    browser.type(By.id(inputId), isoDate);
    browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
  }
}

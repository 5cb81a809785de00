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

/** A finance officer records money in a real browser, signing in through the real form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundingBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aFinanceOfficerRecordsAPledgeInEuros() {
    String reference = "BR-EUR-" + System.nanoTime();
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/pledges.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.chooseByFilter("editForm:donor", "Austria", "Austria");
      browser.type(By.id("editForm:reference"), reference);
      browser.choose("editForm:earmark", "STF · Regional consultations");
      browser.type(By.id("editForm:amount_input"), "250000");
      browser.chooseByFilter("editForm:currency", "EUR", "EUR");
      setDate(browser, "editForm:pledgedOn_input", "2018-06-04");
      setDate(browser, "editForm:expectedBy_input", "2018-12-31");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("pledgeDialog"));
      browser.type(By.id("listForm:pledges:reference:filter"), reference);
      browser.waitForText(By.id("listForm:pledges"), "1–1 / 1");
      String row = browser.text(By.id("listForm:pledges"));
      assertTrue(row.contains("250,000"), row);
      assertTrue(row.contains("Overdue"), "expected end of 2018 and nothing received: " + row);
      browser.screenshot("pledge-eur");

      browser.clickAndWait(By.id("listForm:pledges:0:history"));
      browser.waitForText(By.id("historyForm"), reference);
      String history = browser.text(By.id("historyForm"));
      assertTrue(history.contains("finance · created"), history);
      assertTrue(history.contains("Amount 250000.0000"), history);
      assertTrue(history.contains("Currency EUR"), history);
      browser.screenshot("pledge-history");
    }
  }

  @Test
  void aReceiptInYenIsPostedThenReversedAndBothStayVisible() {
    String reference = "BR-JPY-" + System.nanoTime();
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/receipts.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.chooseByFilter("editForm:donor", "Japan", "Japan");
      browser.waitForAjax();
      browser.choose("editForm:earmark", "GTF · Unearmarked");
      setDate(browser, "editForm:receivedOn_input", "2018-07-16");
      browser.chooseByFilter("editForm:currency", "JPY", "JPY");
      browser.type(By.id("editForm:amount_input"), "1000.5");
      browser.type(By.id("editForm:bankReference"), reference);
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitForText(By.id("editForm:formMessages"), "JPY");

      browser.type(By.id("editForm:amount_input"), "5000000");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("receiptDialog"));
      browser.type(By.id("listForm:receipts:bankReference:filter"), reference);
      browser.waitForText(By.id("listForm:receipts"), "1–1 / 1");
      assertTrue(browser.text(By.id("listForm:receipts")).contains("5,000,000"));

      browser.clickAndWait(By.id("listForm:receipts:0:reverse"));
      browser.clickAndWait(By.id("reverseForm:confirm"));
      browser.waitForText(By.id("reverseForm:reverseMessages"), "Reason");
      browser.type(By.id("reverseForm:reason"), "Credited to the wrong donor");
      browser.clickAndWait(By.id("reverseForm:confirm"));
      browser.waitUntilHidden(By.id("reverseDialog"));
      browser.type(By.id("listForm:receipts:bankReference:filter"), "");
      browser.waitForText(By.id("listForm:receipts"), "Credited to the wrong donor");
      browser.screenshot("receipt-reversed");
      String list = browser.text(By.id("listForm:receipts"));
      assertTrue(list.contains("Reversal of " + reference), list);
      assertTrue(list.split("5,000,000", -1).length > 2, "the receipt and its reversal: " + list);
    }
  }

  @Test
  void anExportKeepsAmountsAsNumbersAndNeutralisesFormulas() throws Exception {
    String formula = "=HYPERLINK(\"http://example.invalid\",\"x\")" + System.nanoTime();
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/receipts.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.chooseByFilter("editForm:donor", "Sweden", "Sweden");
      browser.waitForAjax();
      browser.choose("editForm:earmark", "GTF · Unearmarked");
      setDate(browser, "editForm:receivedOn_input", "2019-03-01");
      browser.chooseByFilter("editForm:currency", "SEK", "SEK");
      browser.type(By.id("editForm:amount_input"), "-");
      browser.type(By.id("editForm:amount_input"), "1234.5");
      browser.type(By.id("editForm:bankReference"), formula);
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("receiptDialog"));

      var client =
          new Browserless()
              .adopt(browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
      var page = client.get("/funding/receipts.xhtml");
      var csv =
          client.postForBytes(
              "/funding/receipts.xhtml",
              java.util.Map.of(
                  "listForm", "listForm",
                  "listForm:exportCsv", "",
                  "jakarta.faces.ViewState", Browserless.viewState(page.body())));
      String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(text.startsWith("\uFEFF"), "a BOM so spreadsheets read UTF-8");
      assertTrue(text.contains("'" + formula.replace("\"", "\"\"")), text);
      assertFalse(text.contains("," + formula), "the formula is never written as is");
      assertTrue(text.contains(",1234.5,SEK,"), "the amount stays a plain number: " + text);
    }
  }

  @Test
  void aDonorViewerSeesOnlyTheirOwnDonor() {
    try (var browser = new Browser().logIn("donor", As.DEMO_PASSWORD)) {
      browser.open("/funding/receipts.xhtml");
      String list = browser.text(By.id("listForm:receipts"));
      assertTrue(list.contains("Government of Sweden"), list);
      for (String other : java.util.List.of("Japan", "Norway", "Austria", "European Union")) {
        assertFalse(list.contains(other), other + " in " + list);
      }
      assertFalse(browser.pageText().contains("Record a receipt"));
      browser.open("/funding/balances.xhtml");
      assertTrue(browser.text(By.id("errorText")).contains("does not allow"));
    }
  }

  @Test
  void moneyIsAllocatedAttributedToItsDonorAndSpentWithinTheAllocation() {
    String purpose = "Pilot project kick-off " + System.nanoTime();
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/allocations.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.choose("editForm:earmark", "SIP · Specific International Programme");
      browser.type(By.id("editForm:purpose"), purpose);
      browser.type(By.id("editForm:amount_input"), "1000");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("allocationDialog"));
      browser.type(By.id("listForm:allocations:purpose:filter"), purpose);
      browser.waitForText(By.id("listForm:allocations"), "1–1 / 1");

      browser.clickAndWait(By.id("listForm:allocations:0:shares"));
      browser.waitForText(By.id("shares"), "Government of Norway");
      browser.click(By.cssSelector("[id='sharesDialog'] .ui-dialog-titlebar-close"));
      browser.waitUntilHidden(By.id("sharesDialog"));

      browser.clickAndWait(By.id("listForm:allocations:0:spend"));
      browser.type(By.id("spendForm:description"), "Inception workshop");
      browser.type(By.id("spendForm:spentUsd_input"), "1200");
      browser.clickAndWait(By.id("spendForm:confirm"));
      browser.waitForText(By.id("spendForm:spendMessages"), "1,000.00");
      browser.type(By.id("spendForm:spentUsd_input"), "200");
      browser.clickAndWait(By.id("spendForm:confirm"));
      browser.waitUntilHidden(By.id("spendDialog"));
      browser.waitForText(By.id("listForm:allocations"), "200.00");
      browser.screenshot("allocation-spent");
    }
  }

  @Test
  void aProgrammeOfficerReadsButCannotPost() {
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/funding/receipts.xhtml");
      browser.waitFor(By.id("listForm:receipts"));
      assertFalse(browser.pageText().contains("Record a receipt"));
    }
  }

  private static void setDate(Browser browser, String inputId, String isoDate) {
    browser.type(By.id(inputId), isoDate);
    browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
  }
}

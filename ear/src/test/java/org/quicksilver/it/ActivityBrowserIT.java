package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A programme officer plans an event, registers its participants and pays its cost from an earmark,
 * in a real browser; the donor viewer whose money paid for it then sees the participants as counts,
 * never names, and finds nothing at the address of an activity, project or pilot project its money
 * did not pay for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anOfficerPlansAnEventRegistersParticipantsAndPaysItsCostWhileADonorSeesOnlyCounts() {
    long unique = System.nanoTime();
    String title = "Regional consultation Lusaka " + unique;
    String name = "Ms Mwansa " + unique;
    try (var finance = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      // Sweden's money in the earmark the cost is paid from, so the cost draws on it too (the
      // demo donor viewer is Sweden's)
      finance.open("/funding/receipts.xhtml");
      finance.clickAndWait(By.id("listForm:add"));
      finance.chooseByFilter("editForm:donor", "Sweden", "Sweden");
      finance.waitForAjax();
      finance.choose("editForm:earmark", "STF · Regional consultations");
      setDate(finance, "editForm:receivedOn_input", "2018-09-03");
      finance.chooseByFilter("editForm:currency", "USD", "USD");
      finance.type(By.id("editForm:amount_input"), "20000");
      finance.type(By.id("editForm:bankReference"), "BR-ACT-" + unique);
      finance.clickAndWait(By.id("editForm:save"));
      finance.waitUntilHidden(By.id("receiptDialog"));
    }

    String activityUrl;
    String unpaidUrl;
    String euProjectUrl;
    String euPilotUrl;
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/projects/activities.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.choose("editForm:type", "Regional consultation");
      browser.type(By.id("editForm:title"), title);
      browser.choose("editForm:region", "Africa");
      setDate(browser, "editForm:startOn_input", "2018-10-09");
      setDate(browser, "editForm:endOn_input", "2018-10-10");
      browser.type(By.id("editForm:venueCity"), "Lusaka");
      browser.chooseByFilter("editForm:venueCountry", "Zambia", "Zambia");
      browser.type(By.id("editForm:budget_input"), "5000");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitForText(By.id("activityLead"), "Lusaka");
      activityUrl = browser.url().replaceAll("^https?://[^/]+", "");
      assertTrue(browser.text(By.tagName("h1")).contains(title));

      register(browser, "Zambia", "Female", name);
      register(browser, "Peru", "Male", "");
      browser.waitForText(By.id("totalParticipants"), "2");
      assertTrue(browser.text(By.id("activityForm:participants")).contains(name));

      browser.clickAndWait(By.id("activityForm:recordCost"));
      browser.type(By.id("costForm:amount_input"), "1200");
      setDate(browser, "costForm:spentOn_input", "2018-10-12");
      browser.type(By.id("costForm:description"), "Venue and interpretation");
      browser.choose("costForm:earmark", "STF · Regional consultations");
      browser.clickAndWait(By.id("costForm:save"));
      browser.waitUntilHidden(By.id("costDialog"));
      browser.waitForText(By.id("activityForm:actual"), "1,200.00");
      assertTrue(browser.text(By.id("activityForm:allocated")).contains("5,000.00"));
      assertTrue(browser.text(By.id("activityForm:costs")).contains("STF · CONSULTATIONS"));

      browser.clickAndWait(By.id("activityForm:confirm"));
      browser.waitForText(By.id("activityStatus"), "Confirmed");
      browser.screenshot("activity-officer");

      // another event nobody has paid for yet, the EU's project and one of its pilots
      browser.open("/projects/activities.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.choose("editForm:type", "Regional consultation");
      browser.type(By.id("editForm:title"), "Unpaid " + title);
      browser.choose("editForm:region", "Africa");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitFor(By.id("activityLead"));
      unpaidUrl = browser.url().replaceAll("^https?://[^/]+", "");
      browser.open("/projects/projects.xhtml");
      browser.waitForText(By.id("listForm:projects"), "EU-MC-CB-2018");
      euProjectUrl = href(browser, By.linkText("EU-MC-CB-2018"));
      browser.open("/projects/pilots.xhtml");
      browser.waitForText(By.id("listForm:pilots"), "Indonesia");
      euPilotUrl = href(browser, By.partialLinkText("Indonesia"));
    }

    try (var donor = new Browser().logIn("donor", As.DEMO_PASSWORD)) {
      donor.open(activityUrl);
      donor.waitForText(By.id("totalParticipants"), "2");
      String page = donor.pageText();
      assertFalse(page.contains(name), "a donor viewer never sees a name: " + page);
      assertTrue(page.contains("shown as counts only"), page);
      assertTrue(donor.text(By.id("byGender")).contains("Female"));
      assertTrue(donor.driver().findElements(By.id("activityForm:participants")).isEmpty());
      assertTrue(donor.driver().findElements(By.id("activityForm:register")).isEmpty());
      donor.screenshot("activity-donor");

      // not Sweden's: the same page as for an address that does not exist
      for (String crafted : List.of(unpaidUrl, euProjectUrl, euPilotUrl)) {
        donor.open(crafted);
        donor.waitFor(By.id("errorText"));
        assertTrue(
            donor.text(By.id("errorText")).contains("There is no page at this address."),
            crafted + ": " + donor.pageText());
        assertFalse(donor.pageText().contains("Unpaid " + title), crafted);
      }
    }
  }

  private static String href(Browser browser, By link) {
    return browser
        .driver()
        .findElement(link)
        .getAttribute("href")
        .replaceAll("^https?://[^/]+", "");
  }

  private static void register(Browser browser, String country, String gender, String name) {
    browser.clickAndWait(By.id("activityForm:register"));
    browser.chooseByFilter("participantForm:country", country, country);
    browser.choose("participantForm:gender", gender);
    browser.type(By.id("participantForm:organisation"), "Ministry of Environment");
    if (!name.isEmpty()) {
      browser.type(By.id("participantForm:fullName"), name);
    }
    browser.clickAndWait(By.id("participantForm:save"));
    browser.waitUntilHidden(By.id("participantDialog"));
  }

  private static void setDate(Browser browser, String inputId, String isoDate) {
    browser.type(By.id(inputId), isoDate);
    browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
  }
}

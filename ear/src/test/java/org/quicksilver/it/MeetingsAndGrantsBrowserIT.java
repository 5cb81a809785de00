package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The committee's meeting and a grant's tranche in a real browser: the secretariat prepares a
 * meeting, the chair records a decision with its reasons, and a tranche whose progress report is
 * not accepted cannot be paid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsAndGrantsBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void theSecretariatPreparesAMeetingAndTheChairRecordsADecision() {
    String reference = "GB-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String meetingUrl;
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/programme/meetings.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.type(By.id("editForm:reference"), reference);
      browser.type(By.id("editForm:title"), "Third meeting of the Governing Board");
      browser.type(By.id("editForm:place"), "Geneva");
      setDate(browser, "editForm:startsOn_input", "2019-03-05");
      setDate(browser, "editForm:endsOn_input", "2019-03-06");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("meetingDialog"));
      browser.waitForText(By.id("listForm:meetings"), reference);
      browser.driver().findElement(By.linkText(reference)).click();
      browser.waitForText(By.cssSelector("h1"), "Third meeting");
      meetingUrl = browser.url();

      var boxes =
          browser
              .driver()
              .findElements(By.cssSelector("[id='meetingForm:present'] .ui-chkbox-box"));
      for (WebElement box : boxes.subList(0, 6)) {
        box.click();
      }
      browser.clickAndWait(By.id("meetingForm:saveAttendance"));
      browser.waitForText(By.id("quorum"), "6 / 6");
      browser.chooseByFilter("meetingForm:candidate", "SIP-2018-20", "SIP-2018-20");
      browser.clickAndWait(By.id("meetingForm:consider"));
      browser.waitForText(By.id("meetingForm:agenda"), "SIP-2018-20");
    }
    try (var browser = new Browser().logIn("chair", As.DEMO_PASSWORD)) {
      browser.driver().get(meetingUrl);
      browser.waitForText(By.id("meetingForm:agenda"), "SIP-2018-20");
      browser.clickAndWait(By.id("meetingForm:agenda:0:decide"));
      browser.type(By.id("decisionForm:approvedUsd_input"), "250000");
      browser.type(By.id("decisionForm:reasons"), "Country-driven, with strong co-financing");
      browser.clickAndWait(By.id("decisionForm:save"));
      browser.waitForText(By.id("decisionForm:decisionMessages"), "cannot exceed");

      browser.type(By.id("decisionForm:approvedUsd_input"), "150000");
      browser.clickAndWait(By.id("decisionForm:save"));
      browser.waitUntilHidden(By.id("decisionDialog"));
      browser.waitForText(By.id("meetingForm:agenda"), "Country-driven, with strong co-financing");
      String agenda = browser.text(By.id("meetingForm:agenda"));
      assertTrue(agenda.contains("Approved"), agenda);
      assertTrue(agenda.contains("150,000.00"), agenda);
      browser.screenshot("meeting-decision");
    }
  }

  @Test
  void aTrancheIsRefusedBeforeItsProgressReportIsAccepted() {
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/programme/grants.xhtml");
      browser.type(By.id("listForm:grants:reference:filter"), "SIPG-2018-03");
      browser.waitForText(By.id("listForm:grants"), "1–1 / 1");
      browser.clickAndWait(By.id("listForm:grants:0:open"));
      browser.waitForText(By.cssSelector("h1"), "SIPG-2018-03");
      String tranches = browser.text(By.id("grantForm:tranches"));
      assertTrue(tranches.contains("92,000") || tranches.contains("36,800"), tranches);
      browser.clickAndWait(By.id("grantForm:tranches:1:pay"));
      browser.clickAndWait(By.id("payForm:confirm"));
      browser.waitForText(By.id("payForm:payMessages"), "cannot be paid before");
      browser.screenshot("tranche-refused");
    }
  }

  private static void setDate(Browser browser, String inputId, String isoDate) {
    browser.type(By.id(inputId), isoDate);
    browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
  }
}

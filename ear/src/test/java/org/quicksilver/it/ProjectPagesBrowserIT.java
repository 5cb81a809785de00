package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The capacity-building pages a programme officer reads: the EU project with its logical framework
 * and timeline, the calendar, and the pilot projects with an overdue milestone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectPagesBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void theEuProjectShowsItsFrameworkTimelineAndPilotsAndTheCalendarOpens() {
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/projects/projects.xhtml");
      browser.waitForText(By.id("listForm:projects"), "EU-MC-CB-2018");
      browser.driver().findElement(By.linkText("EU-MC-CB-2018")).click();
      browser.waitFor(By.id("frameworkForm:framework"));
      String framework = browser.text(By.id("frameworkForm:framework"));
      assertFalse(framework.isBlank(), "the logical framework is listed");
      browser.waitFor(By.cssSelector("[id='timeline'] .vis-item"));
      assertFalse(browser.pageText().contains("Something went wrong"));
      browser.screenshot("project-page");

      browser.open("/projects/pilots.xhtml");
      browser.waitForText(By.id("listForm:pilots"), "Indonesia");
      assertFalse(
          browser
              .driver()
              .findElements(By.cssSelector("[id='listForm:pilots'] .qs-status-OVERDUE"))
              .isEmpty(),
          "the pilot with a milestone past due is flagged");

      browser.open("/projects/calendar.xhtml");
      browser.waitFor(By.cssSelector(".fc"));
      assertFalse(browser.pageText().contains("Something went wrong"));
      browser.screenshot("calendar");
    }
  }
}

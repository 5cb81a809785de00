package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The platform's user flows in a real browser, signing in through the real form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anAdministratorSeesTheDashboardTheMenuAndALogOutLink() {
    try (var browser = new Browser().logIn("admin", As.DEMO_PASSWORD)) {
      assertTrue(browser.url().endsWith("/index.xhtml"), browser.url());
      assertTrue(browser.text(By.id("currentUser")).contains("Alex Admin"));
      assertEquals("193", browser.text(By.id("countryCount")).replaceAll("\\D", ""));
      assertTrue(browser.pageText().contains("Reference data"));
      String logout = browser.driver().findElement(By.id("menuForm:logout")).getAttribute("href");
      assertTrue(logout.contains("logout"), logout);
      browser.screenshot("dashboard-admin");
    }
  }

  @Test
  void anAdministratorAddsAnOrganisationAndADuplicateNameIsRefused() {
    try (var browser = new Browser().logIn("admin", As.DEMO_PASSWORD)) {
      browser.open("/admin/organisations.xhtml");
      addOrganisation(browser, "Mercury Monitoring Centre of Testland");
      browser.waitUntilHidden(By.id("organisationDialog"));
      browser.waitForText(By.id("messages"), "Mercury Monitoring Centre of Testland");

      browser.type(By.id("listForm:organisations:name:filter"), "Testland");
      browser.waitForText(By.id("listForm:organisations"), "1–1 / 1");
      assertTrue(browser.text(By.id("listForm:organisations")).contains("Regional centre"));
      assertTrue(browser.text(By.id("listForm:organisations")).contains("CZ"));

      addOrganisation(browser, "mercury monitoring centre of testland");
      browser.waitForText(By.id("editForm:formMessages"), "already exists");
      assertTrue(browser.waitFor(By.id("organisationDialog")).isDisplayed());
      browser.screenshot("organisation-duplicate");
    }
  }

  @Test
  void aFormWithMissingFieldsSaysWhatIsMissingAndSavesNothing() {
    try (var browser = new Browser().logIn("admin", As.DEMO_PASSWORD)) {
      browser.open("/admin/currencies.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.type(By.id("editForm:code"), "xt");
      browser.clickAndWait(By.id("editForm:save"));
      String messages = browser.text(By.id("editForm:formMessages"));
      assertTrue(messages.contains("Name"), messages);
      assertTrue(messages.contains("ISO 4217"), messages);
    }
  }

  @Test
  void countriesAreFilteredAndPagedInTheList() {
    try (var browser = new Browser().logIn("admin", As.DEMO_PASSWORD)) {
      browser.open("/admin/countries.xhtml");
      assertTrue(browser.text(By.id("listForm:countries")).contains("1–25 / 193"));
      browser.type(By.id("listForm:countries:name:filter"), "Argent");
      browser.waitForText(By.id("listForm:countries"), "1–1 / 1");
      assertTrue(browser.text(By.id("listForm:countries")).contains("Argentina"));
      browser.screenshot("countries-filtered");
    }
  }

  @Test
  void otherRolesDoNotSeeReferenceDataAndAreRefusedItsPages() {
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      assertFalse(browser.pageText().contains("Reference data"));
      browser.open("/admin/countries.xhtml");
      assertTrue(browser.text(By.id("errorText")).contains("does not allow"));
    }
  }

  @Test
  void theLanguageSwitchTranslatesThePagesAndIsRememberedForTheUser() {
    try (var browser = new Browser().logIn("chair", As.DEMO_PASSWORD)) {
      browser.click(By.cssSelector("a.qs-lang-fr"));
      browser.waitForText(By.tagName("h1"), "Tableau de bord");
      browser.logOut();
      browser.logIn("chair", As.DEMO_PASSWORD);
      assertTrue(browser.text(By.tagName("h1")).contains("Tableau de bord"));
      browser.screenshot("dashboard-fr");
      browser.click(By.cssSelector("a.qs-lang-es"));
      browser.waitForText(By.tagName("h1"), "Panel");
      browser.click(By.cssSelector("a.qs-lang-en"));
      browser.waitForText(By.tagName("h1"), "Dashboard");
    }
  }

  @Test
  void anAdministratorCreatesAUserWhoThenSignsIn() {
    try (var browser = new Browser().logIn("admin", As.DEMO_PASSWORD)) {
      browser.open("/admin/users.xhtml");
      browser.clickAndWait(By.id("listForm:add"));
      browser.type(By.id("editForm:username"), "nadia.programme");
      browser.type(By.id("editForm:displayName"), "Nadia Programme");
      browser.click(By.cssSelector("[id='editForm:roles'] label[for='editForm:roles:5']"));
      browser.type(By.id("editForm:newPassword"), "short");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitForText(By.id("editForm:formMessages"), "12");
      browser.type(By.id("editForm:newPassword"), "a much longer password");
      browser.clickAndWait(By.id("editForm:save"));
      browser.waitUntilHidden(By.id("userDialog"));
      browser.waitForText(By.id("listForm:users"), "nadia.programme");
      assertTrue(browser.text(By.id("listForm:users")).contains("Programme officer"));
      browser.logOut();
      browser.logIn("nadia.programme", "a much longer password");
      assertTrue(browser.text(By.id("currentUser")).contains("Nadia Programme"));
    }
  }

  private static void addOrganisation(Browser browser, String name) {
    browser.clickAndWait(By.id("listForm:add"));
    browser.waitFor(By.id("editForm:name"));
    browser.type(By.id("editForm:name"), name);
    browser.type(By.id("editForm:acronym"), "MMCT");
    browser.choose("editForm:kind", "Regional centre");
    browser.chooseByFilter("editForm:country", "Czech", "CZ");
    browser.clickAndWait(By.id("editForm:save"));
  }
}

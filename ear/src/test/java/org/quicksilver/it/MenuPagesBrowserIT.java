package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page a role's menu offers opens for that role, in the real browser: no error page, no
 * refusal. A menu that links to a page its user may not see, or a page that fails to render, shows
 * here first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MenuPagesBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "finance", "programme", "chair", "member", "donor"})
  void everyPageOfTheMenuOpens(String user) {
    try (var browser = new Browser().logIn(user, As.DEMO_PASSWORD)) {
      Set<String> pages = new LinkedHashSet<>();
      for (WebElement link : browser.driver().findElements(By.cssSelector(".ui-menubar a[href]"))) {
        String href = link.getAttribute("href");
        if (href != null && href.contains(".xhtml") && !href.contains("logout")) {
          pages.add(href);
        }
      }
      assertTrue(pages.size() >= 3, user + "'s menu: " + pages);
      List<String> broken = new ArrayList<>();
      for (String page : pages) {
        browser.driver().get(page);
        browser.waitFor(By.cssSelector("h1"));
        if (!browser.driver().findElements(By.id("errorText")).isEmpty()) {
          broken.add(page + " → " + browser.text(By.cssSelector("h1")));
        }
      }
      assertTrue(broken.isEmpty(), user + " cannot open: " + broken);
    }
  }
}

package org.quicksilver.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no download of either), with the
 * waits PrimeFaces pages need: after every AJAX request, until its queue is empty.
 */
final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path profile;

  Browser() {
    try {
      profile = Files.createTempDirectory("qs-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=en-GB",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            "en-GB,en",
            "download.default_directory",
            profile.resolve("downloads").toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  Browser open(String path) {
    driver.get(Browserless.BASE.toString().replaceAll("/$", "") + path);
    return this;
  }

  /** Signs in through the real log-in form, as a person would. */
  Browser logIn(String username, String password) {
    open("/login.xhtml");
    type(By.id("username"), username);
    type(By.id("password"), password);
    driver.findElement(By.id("signIn")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    return this;
  }

  Browser logOut() {
    driver.findElement(By.cssSelector("a[href*='logout']")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    return this;
  }

  void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
    // select-all and overwrite, as a person does: clear() bypasses the widgets' key handlers
    element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    element.sendKeys(org.openqa.selenium.Keys.DELETE);
    element.sendKeys(text);
  }

  void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  /** Clicks a button that sends an AJAX request, and waits until PrimeFaces has the answer. */
  void clickAndWait(By target) {
    click(target);
    waitForAjax();
  }

  void waitForAjax() {
    wait.until(
        (ExpectedCondition<Boolean>)
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /**
   * Picks an option of a PrimeFaces select menu by its visible label. The panel slides open, so a
   * click can land while it moves: until the menu shows the label with its panel closed, open it
   * and click the option again.
   */
  void choose(String menuId, String label) {
    pick(menuId, null, "[data-label='" + label + "']", label);
  }

  /** Picks an option of a filterable PrimeFaces select menu by typing part of its label. */
  void chooseByFilter(String menuId, String typed, String labelPart) {
    pick(menuId, typed, "[data-label*='" + labelPart + "']", labelPart);
  }

  private void pick(String menuId, String typed, String itemSelector, String expected) {
    try {
      pickUntilShown(menuId, typed, itemSelector, expected);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("failed-pick-" + menuId.replace(':', '-'));
      throw e;
    }
  }

  private void pickUntilShown(String menuId, String typed, String itemSelector, String expected) {
    By panel = By.id(menuId + "_panel");
    By filter = By.id(menuId + "_filter");
    By item = By.cssSelector("[id='" + menuId + "_items'] li" + itemSelector);
    wait.until(
        d -> {
          boolean open = d.findElements(panel).stream().anyMatch(WebElement::isDisplayed);
          if (!open) {
            if (d.findElement(By.id(menuId + "_label")).getText().contains(expected)) {
              return true;
            }
            d.findElement(By.id(menuId)).click();
          } else if (typed != null && !typed.equals(d.findElement(filter).getAttribute("value"))) {
            d.findElement(filter).clear();
            d.findElement(filter).sendKeys(typed);
          } else {
            d.findElements(item).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .ifPresent(WebElement::click);
          }
          return false;
        });
  }

  WebElement waitFor(By target) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  void waitForText(By target, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
  }

  void waitUntilHidden(By target) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(target));
  }

  String text(By target) {
    return waitFor(target).getText();
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebDriver driver() {
    return driver;
  }

  /** Keeps a picture of the page in target/screenshots, for a person to look at. */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  /**
   * Waits until a file whose name ends with {@code suffix} has been downloaded completely (Chromium
   * writes it as ".crdownload" first), and returns its bytes; the file is then removed, so the next
   * download of the same kind is awaited afresh.
   */
  byte[] awaitDownload(String suffix) {
    Path downloads = profile.resolve("downloads");
    Path[] found = new Path[1];
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(
            d -> {
              try (var files = Files.list(downloads)) {
                found[0] =
                    files
                        .filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
                return found[0] != null;
              } catch (IOException notYetCreated) {
                return false;
              }
            });
    try {
      byte[] content = Files.readAllBytes(found[0]);
      Files.delete(found[0]);
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

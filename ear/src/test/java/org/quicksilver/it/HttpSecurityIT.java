package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Log-in, URL rules, path-bypass shapes and hardening headers, seen from outside over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpSecurityIT {
  /** What only the administrators' countries page shows. */
  private static final String ADMIN_MARKER = "listForm:countries";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void everyPageButTheLogInPageNeedsASignedInUser() throws Exception {
    var anonymous = new Browserless();
    for (String page :
        List.of("/", "/index.xhtml", "/admin/countries.xhtml", "/reports/index.xhtml")) {
      HttpResponse<String> answer = anonymous.get(page);
      assertEquals(302, answer.statusCode(), page);
      assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
    }
    assertEquals(200, anonymous.get("/login.xhtml").statusCode());
  }

  @Test
  void aFailedLogInSaysTheSameForAnUnknownUserAndAWrongPassword() throws Exception {
    String unknown = errorOf(new Browserless().logIn("nobody-" + System.nanoTime(), "whatever"));
    String wrong = errorOf(new Browserless().logIn("admin", "not-the-password"));
    assertFalse(unknown.isBlank());
    assertEquals(unknown, wrong);
  }

  @Test
  void theSessionIdChangesAtLogIn() throws Exception {
    var client = new Browserless();
    client.get("/index.xhtml"); // the saved request creates a session before log-in
    String before = client.sessionId().orElseThrow();
    HttpResponse<String> answer =
        client.post(
            "/login.xhtml", java.util.Map.of("username", "finance", "password", As.DEMO_PASSWORD));
    assertEquals(302, answer.statusCode());
    String after = client.sessionId().orElseThrow();
    assertNotEquals(before, after);
    assertEquals(200, client.get("/index.xhtml").statusCode());
  }

  @Test
  void administratorPagesAreForbiddenToOtherRoles() throws Exception {
    var finance = signedIn("finance");
    assertEquals(403, finance.get("/admin/countries.xhtml").statusCode());
    var admin = signedIn("admin");
    HttpResponse<String> page = admin.get("/admin/countries.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(ADMIN_MARKER));
  }

  @Test
  void noPathBypassShapeReachesAnAdministratorPage() throws Exception {
    List<String> shapes =
        List.of(
            "/admin/countries.xhtml;",
            "/admin/countries.xhtml;jsessionid=x",
            "/admin;/countries.xhtml",
            "/admin/..;/admin/countries.xhtml",
            "/x/..;/admin/countries.xhtml",
            "/admin%3bx/countries.xhtml",
            "/%61dmin/countries.xhtml",
            "/admin%2fcountries.xhtml",
            "/admin/%2e/countries.xhtml",
            "/%2e/admin/countries.xhtml",
            "/admin/countries.xhtml/",
            "//admin/countries.xhtml",
            "/./admin/countries.xhtml",
            "/admin//countries.xhtml",
            "/ADMIN/countries.xhtml",
            "/Admin/Countries.xhtml",
            "/admin/countries.xhtml%0a",
            "/admin/countries.xhtml%0d",
            "/admin%0a/countries.xhtml",
            "/reports/../admin/countries.xhtml");
    var finance = signedIn("finance");
    var anonymous = new Browserless();
    for (String shape : shapes) {
      for (var client : List.of(finance, anonymous)) {
        HttpResponse<String> answer = client.get(shape);
        assertFalse(
            answer.statusCode() == 200 && answer.body().contains(ADMIN_MARKER),
            "bypass with " + shape + " answered " + answer.statusCode());
      }
    }
  }

  @Test
  void responsesCarryTheHardeningHeaders() throws Exception {
    var client = signedIn("programme");
    HttpResponse<String> page = client.get("/index.xhtml");
    assertEquals(200, page.statusCode());
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        page.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(p -> p.contains("frame-ancestors 'none'")));
    assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertTrue(page.headers().firstValue("Server").isEmpty(), "no server banner");
    assertTrue(page.headers().firstValue("X-Powered-By").isEmpty(), "no X-Powered-By");
    // JSF state stays on the server: the page holds only a short view id
    assertTrue(Browserless.viewState(page.body()).length() < 100);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> answer = new Browserless().get("/login.xhtml");
    String cookie =
        answer.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow()
            .toLowerCase(Locale.ROOT);
    assertTrue(cookie.contains("httponly"), cookie);
    assertTrue(cookie.contains("samesite=lax"), cookie);
  }

  @Test
  void errorPagesShowNoStackTraceNorServerVersion() throws Exception {
    var client = signedIn("admin");
    HttpResponse<String> missing = client.get("/no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("errorText"));
    for (String leak :
        List.of("Exception:", "Caused by", ".java:", "WildFly", "Undertow", "Mojarra")) {
      assertFalse(missing.body().contains(leak), leak);
    }
    HttpResponse<String> bad = client.get("/index.xhtml;x=1");
    assertEquals(400, bad.statusCode());
    assertFalse(bad.body().contains("Exception:"));
  }

  @Test
  void logOutEndsTheSession() throws Exception {
    var client = signedIn("member");
    assertEquals(200, client.get("/index.xhtml").statusCode());
    HttpResponse<String> out = client.get("/logout");
    assertEquals(302, out.statusCode());
    assertEquals(302, client.get("/index.xhtml").statusCode());
  }

  private static Browserless signedIn(String user) throws Exception {
    var client = new Browserless();
    HttpResponse<String> answer = client.logIn(user, As.DEMO_PASSWORD);
    assertEquals(302, answer.statusCode(), "log-in of " + user);
    return client;
  }

  private static String errorOf(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode());
    var matcher =
        java.util.regex.Pattern.compile("id=\"loginError\"[^>]*>([^<]*)<").matcher(answer.body());
    assertTrue(matcher.find(), "an error message is shown");
    return matcher.group(1);
  }
}

package org.quicksilver.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookie jar that never follows redirects, for looking at what the
 * server really answers: status codes, headers, cookies and crafted paths.
 */
final class Browserless {
  static final URI BASE = URI.create(System.getProperty("it.base.url", "http://localhost:8180/"));

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  HttpResponse<String> get(String rawPath) throws IOException, InterruptedException {
    // a raw string, so crafted paths (";", "%2e", "..;/") reach the server exactly as written
    return client.send(
        HttpRequest.newBuilder(URI.create(BASE.toString().replaceAll("/$", "") + rawPath))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return client.send(formPost(path, form), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> postForBytes(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return client.send(formPost(path, form), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest formPost(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(BASE.resolve(path.substring(1)))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Signs in through the real log-in form; returns the server's answer to the POST. */
  HttpResponse<String> logIn(String username, String password)
      throws IOException, InterruptedException {
    get("/login.xhtml");
    return post("/login.xhtml", Map.of("username", username, "password", password));
  }

  /** Continues the session a real browser signed in with. */
  Browserless adopt(String sessionId) {
    HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(BASE, cookie);
    return this;
  }

  Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The JSF view state of a page, to post its forms as a browser would. */
  static String viewState(String html) {
    var matcher =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no view state in the page");
    }
    return matcher.group(1);
  }
}

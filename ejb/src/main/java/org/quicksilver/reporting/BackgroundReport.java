package org.quicksilver.reporting;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * What a background job is to generate: a report kind (matched to its {@link ReportGenerator}) and
 * the choices the user made, as text, so that the job can be stored and run later on any node.
 *
 * @param kind the report kind, as in the register, e.g. {@code project-progress}
 * @param parameters the report's own choices by name, e.g. {@code project=12}; no null values
 */
public record BackgroundReport(
    String kind, Map<String, String> parameters, Language language, ReportFormat format)
    implements Serializable {

  public BackgroundReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(format, "format");
    if (!kind.matches("[a-z0-9-]{1,60}")) {
      throw new IllegalArgumentException("Not a report kind: " + kind);
    }
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    if (parameters.values().stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("A parameter without value: " + parameters.keySet());
    }
  }

  /** A required parameter; a missing one is a generator's bug, not the user's. */
  public String parameter(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalArgumentException("No parameter '" + name + "' for " + kind);
    }
    return value;
  }

  public long longParameter(String name) {
    try {
      return Long.parseLong(parameter(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Parameter '" + name + "' is not a number", e);
    }
  }

  /** A date parameter written as ISO (yyyy-MM-dd), or null if absent. */
  public LocalDate dateParameterOrNull(String name) {
    String value = parameters.get(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Parameter '" + name + "' is not a date", e);
    }
  }

  public LocalDate dateParameter(String name) {
    return LocalDate.parse(parameter(name));
  }

  /** The parameters as stored: {@code name=value;…} in name order, each part URL-encoded. */
  String parametersText() {
    return parameters.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining(";"));
  }

  static Map<String, String> parseParameters(String text) {
    Map<String, String> parameters = new TreeMap<>();
    if (text == null || text.isEmpty()) {
      return parameters;
    }
    for (String pair : text.split(";")) {
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException("Not a parameter: " + pair);
      }
      parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
    }
    return parameters;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}

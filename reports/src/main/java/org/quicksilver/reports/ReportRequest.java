package org.quicksilver.reports;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to render one report.
 *
 * @param templateName the compiled template's name, e.g. {@code parties-eligibility}
 * @param locale the language of labels, dates and numbers
 * @param format PDF or XLSX
 * @param rows the report's rows, in print order, as getter beans: JasperReports' bean data source
 *     does not read record components
 * @param parameters the template's own parameters (e.g. {@code AS_OF}); no null values
 * @param generatedBy the name of the user asking for the report, printed in the footer
 * @param generatedAt when the report is generated, printed in the footer in its own time zone
 */
public record ReportRequest(
    String templateName,
    Locale locale,
    ReportFormat format,
    Collection<?> rows,
    Map<String, Object> parameters,
    String generatedBy,
    ZonedDateTime generatedAt) {

  public ReportRequest {
    Objects.requireNonNull(templateName, "templateName");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(generatedBy, "generatedBy");
    Objects.requireNonNull(generatedAt, "generatedAt");
    rows = List.copyOf(rows);
    parameters = Map.copyOf(parameters);
    for (String name : parameters.keySet()) {
      if (ReportParameters.RESERVED.contains(name)) {
        throw new IllegalArgumentException(
            "Parameter " + name + " is set by the renderer, not by the request");
      }
    }
  }
}

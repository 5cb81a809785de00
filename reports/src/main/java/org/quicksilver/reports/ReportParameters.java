package org.quicksilver.reports;

import java.util.Set;

/** Names of the parameters that {@link ReportRenderer} gives every template. */
public final class ReportParameters {

  /** {@code String}: the user who asked for the report. */
  public static final String GENERATED_BY = "GENERATED_BY";

  /** {@code String}: when the report was generated, already formatted for the report's locale. */
  public static final String GENERATED_AT = "GENERATED_AT";

  /** Set by the renderer only; a request that sets one of them is refused. */
  static final Set<String> RESERVED =
      Set.of(
          GENERATED_BY,
          GENERATED_AT,
          "REPORT_LOCALE",
          "REPORT_RESOURCE_BUNDLE",
          "REPORT_VIRTUALIZER",
          "REPORT_TIME_ZONE",
          "IS_IGNORE_PAGINATION",
          "REPORT_CONNECTION",
          "REPORT_DATA_SOURCE");

  private ReportParameters() {}
}

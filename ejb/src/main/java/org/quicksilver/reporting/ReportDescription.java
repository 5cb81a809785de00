package org.quicksilver.reporting;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a generated report was made of, for the register.
 *
 * @param parameters the choices that made it, as text (e.g. "asOf=2018-12-31")
 * @param requiredPermission the permission a user needs to see it again
 * @param donorId the donor it was restricted to (a donor viewer's report), or null
 */
public record ReportDescription(
    String kind,
    String parameters,
    String language,
    String format,
    LocalDate dataAsOf,
    String requiredPermission,
    Long donorId)
    implements Serializable {}

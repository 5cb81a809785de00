package org.quicksilver.programme;

import java.io.Serializable;
import java.util.List;

/** A grant's page: the grant, the decision it comes from, its tranches and reports. */
public record GrantDetail(
    GrantRow grant,
    Long applicationId,
    String agreementReference,
    String meetingReference,
    String conditions,
    List<TrancheRow> tranches,
    List<GrantReportRow> reports)
    implements Serializable {}

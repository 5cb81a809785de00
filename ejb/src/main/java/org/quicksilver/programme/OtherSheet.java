package org.quicksilver.programme;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Another member's submitted sheet, as a member who has submitted their own may read it. */
public record OtherSheet(
    String memberName,
    String countryCode,
    Instant submittedAt,
    String comment,
    List<CriterionLine> scores)
    implements Serializable {}

package org.quicksilver.programme;

import java.io.Serializable;

/**
 * A member who stays out of one application, and why: from the applicant Party, or a declared
 * conflict (with its reason), or both.
 */
public record RecusalRow(
    Long memberId,
    String username,
    String fullName,
    String countryCode,
    boolean sameCountry,
    String declaredReason)
    implements Serializable {}

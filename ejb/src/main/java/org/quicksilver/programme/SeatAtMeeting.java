package org.quicksilver.programme;

import java.io.Serializable;

/** A committee member and whether they were present at a meeting. */
public record SeatAtMeeting(
    Long memberId, String name, String countryName, MemberRole role, boolean present)
    implements Serializable {}

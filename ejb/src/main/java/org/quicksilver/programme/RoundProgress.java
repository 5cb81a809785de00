package org.quicksilver.programme;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The current round's progress for the dashboard: the secretariat's and the chair's overview, and
 * the signed-in member's own scoring. Each part is null when the user may not see it (a member sees
 * no overview) or has nothing there (a programme officer has no seat).
 */
public record RoundProgress(
    Long roundId,
    int number,
    String title,
    LocalDate opensOn,
    LocalDate closesOn,
    RoundOverview overview,
    MyScoring mine)
    implements Serializable {}

package org.quicksilver.programme;

import java.io.Serializable;
import java.util.List;

/**
 * A round as the secretariat and the chair follow it: its applications by status, how far screening
 * has gone, and the committee's score sheets on the applications under review.
 *
 * @param byStatus every status of the workflow in its order, with zero where none stands
 * @param screened applications whose eligibility the secretariat has decided
 * @param awaitingScreening applications received or being screened
 * @param sheetsExpected one sheet per member and application under review, recused members apart
 * @param membersDone members with nothing left to submit (recused from everything counts as done)
 */
public record RoundOverview(
    List<StatusCount> byStatus,
    long applications,
    long screened,
    long awaitingScreening,
    long underReview,
    long sheetsExpected,
    long sheetsSubmitted,
    long sheetsInDraft,
    long membersDone,
    long members)
    implements Serializable {}

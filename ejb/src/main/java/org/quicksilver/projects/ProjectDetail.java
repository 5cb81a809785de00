package org.quicksilver.projects;

import java.io.Serializable;
import java.util.List;

/**
 * A project's page: the agreement, the logical framework with indicators against their targets, the
 * activities (timeline), spending against budget per output and activity, the pilot projects and
 * participants in counts.
 */
public record ProjectDetail(
    ProjectRow project,
    String conceptNote,
    String focusAreas,
    String pledgeReference,
    Long earmarkId,
    String earmarkLabel,
    List<ResultNode> framework,
    List<ActivityRow> activities,
    List<SpendingLine> spendingByOutput,
    SpendingLine spendingWithoutOutput,
    List<SpendingLine> spendingByActivity,
    SpendingLine spendingTotal,
    boolean activitiesAboveBudget,
    List<PilotRow> pilots,
    ParticipantCounts participants)
    implements Serializable {}

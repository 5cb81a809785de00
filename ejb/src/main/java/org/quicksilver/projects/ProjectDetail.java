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
    implements Serializable {

  public List<ResultNode> outcomes() {
    return framework.stream().filter(r -> !r.isOutput()).toList();
  }

  /** Every indicator, as "result code · indicator", for choosing one. */
  public List<org.quicksilver.funding.Option> indicatorChoices() {
    return framework.stream()
        .flatMap(
            r ->
                r.indicators().stream()
                    .map(
                        i ->
                            new org.quicksilver.funding.Option(
                                i.id(), r.code() + " · " + i.name())))
        .toList();
  }
}

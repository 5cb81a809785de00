package org.quicksilver.programme.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The chair's view of who has submitted what, member by member, before the meeting. */
public final class ScoringProgress {
  private ScoringProgress() {}

  public static List<MemberProgress> of(
      List<CommitteeMember> members, List<ApplicationScoring> applications) {
    List<MemberProgress> progress = new ArrayList<>();
    for (CommitteeMember member : members) {
      Map<ScoringState, List<String>> byState = new EnumMap<>(ScoringState.class);
      for (ScoringState state : ScoringState.values()) {
        byState.put(state, new ArrayList<>());
      }
      for (ApplicationScoring application : applications) {
        byState.get(application.stateOf(member)).add(application.getApplicationReference());
      }
      progress.add(
          new MemberProgress(
              member,
              List.copyOf(byState.get(ScoringState.SUBMITTED)),
              List.copyOf(byState.get(ScoringState.DRAFT)),
              List.copyOf(byState.get(ScoringState.NOT_STARTED)),
              List.copyOf(byState.get(ScoringState.RECUSED))));
    }
    return progress;
  }
}

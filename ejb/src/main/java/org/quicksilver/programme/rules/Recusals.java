package org.quicksilver.programme.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * Who must stay out of one application. A member from the applicant Party is recused without having
 * to say so; any other member may declare a conflict, with a reason for the record. A recused
 * member neither scores the application nor sees its scores, so they cannot sway or be swayed.
 */
public final class Recusals {
  private final String applicantCountryCode;
  private final Map<String, String> declaredByMemberId = new HashMap<>();

  public Recusals(String applicantCountryCode) {
    this.applicantCountryCode =
        Text.required(applicantCountryCode, "programme.application.countryRequired");
  }

  public void declare(CommitteeMember member, String reason) {
    declaredByMemberId.put(member.id(), Text.required(reason, "programme.recusal.reasonRequired"));
  }

  public boolean isRecused(CommitteeMember member) {
    return reasonFor(member).isPresent();
  }

  public Optional<RecusalReason> reasonFor(CommitteeMember member) {
    boolean sameCountry = applicantCountryCode.equalsIgnoreCase(member.countryCode());
    Optional<String> declared = Optional.ofNullable(declaredByMemberId.get(member.id()));
    if (!sameCountry && declared.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RecusalReason(sameCountry, declared));
  }

  /** The guard in front of scoring and of reading scores: both are refused the same way. */
  public void checkNotRecused(CommitteeMember member) {
    if (isRecused(member)) {
      throw new InvalidInputException("programme.scoring.recused", member.id());
    }
  }

  public String getApplicantCountryCode() {
    return applicantCountryCode;
  }
}

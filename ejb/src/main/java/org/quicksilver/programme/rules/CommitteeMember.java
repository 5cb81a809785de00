package org.quicksilver.programme.rules;

/**
 * A member of the committee that scores and decides.
 *
 * @param id a stable identifier (the user account's)
 * @param name as shown to the chair
 * @param countryCode ISO 3166 alpha-3 of the Party the member comes from
 */
public record CommitteeMember(String id, String name, String countryCode) {
  public CommitteeMember {
    id = Text.required(id, "programme.member.idRequired");
    countryCode = Text.required(countryCode, "programme.member.countryRequired");
  }
}

package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.quicksilver.reference.Country;

/**
 * A member of the steering committee, tied to the user account they sign in with, from a Party and
 * for a term. The country decides automatic recusals.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_id")
  private Country country;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberRole role;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end")
  private LocalDate termEnd;

  @Column(nullable = false)
  private boolean illustrative;

  @Version private long version;

  protected CommitteeMember() {}

  public CommitteeMember(
      String username,
      String fullName,
      Country country,
      MemberRole role,
      LocalDate termStart,
      LocalDate termEnd) {
    this.username = username;
    this.fullName = fullName;
    this.country = country;
    this.role = role;
    this.termStart = termStart;
    this.termEnd = termEnd;
  }

  /** The member as the scoring rules see them: identified by user name, from a country. */
  public org.quicksilver.programme.rules.CommitteeMember rules() {
    return new org.quicksilver.programme.rules.CommitteeMember(
        username, fullName, country.getIsoCode());
  }

  public boolean servesOn(LocalDate day) {
    return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getFullName() {
    return fullName;
  }

  public Country getCountry() {
    return country;
  }

  public MemberRole getRole() {
    return role;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }
}

package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;

/**
 * A meeting of the committee: where and when, who was present (quorum), which applications it
 * considered. Once closed its decisions stand; a later meeting may only supersede them.
 */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String place;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(nullable = false)
  private int quorum;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(nullable = false)
  private boolean illustrative;

  @ManyToMany
  @JoinTable(
      name = "meeting_attendance",
      joinColumns = @JoinColumn(name = "meeting_id"),
      inverseJoinColumns = @JoinColumn(name = "member_id"))
  private Set<CommitteeMember> present = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "meeting_agenda",
      joinColumns = @JoinColumn(name = "meeting_id"),
      inverseJoinColumns = @JoinColumn(name = "application_id"))
  private Set<Application> agenda = new HashSet<>();

  @Version private long version;

  protected CommitteeMeeting() {}

  public CommitteeMeeting(
      String reference,
      String title,
      String place,
      LocalDate startsOn,
      LocalDate endsOn,
      int quorum) {
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidInputException("programme.meeting.endsBeforeStart", startsOn, endsOn);
    }
    if (quorum <= 0) {
      throw new InvalidInputException("programme.meeting.quorumNotPositive", quorum);
    }
    this.reference = reference;
    this.title = title;
    this.place = place;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.quorum = quorum;
  }

  public void markPresent(CommitteeMember member) {
    checkOpen();
    present.add(member);
  }

  public void markAbsent(CommitteeMember member) {
    checkOpen();
    present.remove(member);
  }

  public void consider(Application application) {
    checkOpen();
    agenda.add(application);
  }

  public boolean hasQuorum() {
    return present.size() >= quorum;
  }

  /** Decisions need a quorum and an open meeting. */
  public void checkCanDecide() {
    checkOpen();
    if (!hasQuorum()) {
      throw new InvalidInputException("programme.meeting.noQuorum", present.size(), quorum);
    }
  }

  public void close(Instant at) {
    checkOpen();
    closedAt = at;
  }

  public void checkOpen() {
    if (isClosed()) {
      throw new InvalidInputException("programme.meeting.closed", reference);
    }
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public void markIllustrative() {
    this.illustrative = true;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getTitle() {
    return title;
  }

  public String getPlace() {
    return place;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getQuorum() {
    return quorum;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Set<CommitteeMember> getPresent() {
    return present;
  }

  public Set<Application> getAgenda() {
    return agenda;
  }

  public long getVersion() {
    return version;
  }
}

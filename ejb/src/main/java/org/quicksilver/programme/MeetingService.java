package org.quicksilver.programme;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * The committee's meetings: who was present, what was considered, and the decisions, each with its
 * reasons. A closed meeting's decisions are never changed; a later meeting supersedes them.
 */
@Stateless
public class MeetingService {
  /** What a meeting may consider: applications under review, deferred, or decided before. */
  private static final Set<ApplicationStatus> CONSIDERABLE =
      EnumSet.of(
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.DEFERRED,
          ApplicationStatus.APPROVED,
          ApplicationStatus.APPROVED_WITH_CONDITIONS,
          ApplicationStatus.REJECTED);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<MeetingRow> list() {
    return em.createQuery(
            "select new org.quicksilver.programme.MeetingRow(m.id, m.reference, m.title, m.place,"
                + " m.startsOn, m.endsOn, m.quorum, m.closedAt, m.version)"
                + " from CommitteeMeeting m order by m.startsOn desc",
            MeetingRow.class)
        .getResultList();
  }

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public MeetingDetail detail(long meetingId) {
    MeetingRow meeting =
        em.createQuery(
                "select new org.quicksilver.programme.MeetingRow(m.id, m.reference, m.title,"
                    + " m.place, m.startsOn, m.endsOn, m.quorum, m.closedAt, m.version)"
                    + " from CommitteeMeeting m where m.id = :id",
                MeetingRow.class)
            .setParameter("id", meetingId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new org.quicksilver.platform.RecordNotFoundException(meetingId));
    Set<Long> present =
        new HashSet<>(
            em.createQuery(
                    "select p.id from CommitteeMeeting m join m.present p where m.id = :id",
                    Long.class)
                .setParameter("id", meetingId)
                .getResultList());
    List<SeatAtMeeting> seats =
        em.createQuery(
                "select c.id, c.fullName, co.nameEn, c.role from CommitteeMember c"
                    + " join c.country co order by c.role, c.fullName",
                Object[].class)
            .getResultStream()
            .map(
                row ->
                    new SeatAtMeeting(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (MemberRole) row[3],
                        present.contains((Long) row[0])))
            .toList();
    List<AgendaItem> agenda =
        em.createQuery(
                "select new org.quicksilver.programme.AgendaItem(a.id, a.reference, co.nameEn,"
                    + " a.title, a.amountRequested, a.status, d.id, d.outcome, d.approvedUsd,"
                    + " d.conditions, d.reasons, sm.reference)"
                    + " from CommitteeMeeting m join m.agenda a join a.country co"
                    + " left join Decision d on d.application = a and d.meeting = m"
                    + " left join d.supersedes s left join s.meeting sm"
                    + " where m.id = :id order by a.reference",
                AgendaItem.class)
            .setParameter("id", meetingId)
            .getResultList();
    return new MeetingDetail(meeting, seats, agenda);
  }

  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long create(@NotNull @Valid MeetingForm form) {
    var meeting =
        new CommitteeMeeting(
            form.getReference().strip(),
            form.getTitle().strip(),
            form.getPlace().strip(),
            form.getStartsOn(),
            form.getEndsOn(),
            form.getQuorum());
    em.persist(meeting);
    Saves.flush(
        em, () -> new DuplicateRecordException("programme.meeting.duplicate", form.getReference()));
    return meeting.getId();
  }

  /** Records who was present; a stale page (someone saved in between) is refused. */
  @RequiresPermissions(
      value = {Permissions.PROGRAMME_MANAGE, Permissions.PROGRAMME_DECIDE},
      logical = Logical.OR)
  public void recordAttendance(long meetingId, long version, @NotNull Collection<Long> memberIds) {
    CommitteeMeeting meeting = Records.find(em, CommitteeMeeting.class, meetingId);
    Saves.checkVersion(version, meeting.getVersion());
    meeting.checkOpen();
    for (CommitteeMember member : List.copyOf(meeting.getPresent())) {
      if (!memberIds.contains(member.getId())) {
        meeting.markAbsent(member);
      }
    }
    for (Long id : memberIds) {
      meeting.markPresent(Records.find(em, CommitteeMember.class, id));
    }
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Saves.flush(em, org.quicksilver.platform.ConcurrentChangeException::new);
  }

  /** Applications the meeting could still consider: under review, deferred or decided before. */
  @RequiresPermissions(
      value = {Permissions.PROGRAMME_MANAGE, Permissions.PROGRAMME_DECIDE},
      logical = Logical.OR)
  public List<org.quicksilver.funding.Option> candidates(long meetingId) {
    return em.createQuery(
            "select new org.quicksilver.funding.Option(a.id, concat(a.reference, ' · ', a.title))"
                + " from Application a where a.status in :statuses and a not in"
                + " (select x from CommitteeMeeting m join m.agenda x where m.id = :id)"
                + " order by a.reference",
            org.quicksilver.funding.Option.class)
        .setParameter("statuses", CONSIDERABLE)
        .setParameter("id", meetingId)
        .getResultList();
  }

  /** Puts an application on the meeting's agenda; a deferred one comes back under review. */
  @RequiresPermissions(
      value = {Permissions.PROGRAMME_MANAGE, Permissions.PROGRAMME_DECIDE},
      logical = Logical.OR)
  public void consider(long meetingId, long applicationId) {
    CommitteeMeeting meeting = Records.find(em, CommitteeMeeting.class, meetingId);
    Application application = Records.find(em, Application.class, applicationId);
    if (!CONSIDERABLE.contains(application.getStatus())) {
      throw new InvalidInputException(
          "programme.meeting.notConsiderable", application.getReference(), application.getStatus());
    }
    meeting.consider(application);
    if (application.getStatus() == ApplicationStatus.DEFERRED) {
      em.persist(
          application.moveTo(
              ApplicationStatus.UNDER_REVIEW,
              meeting.getReference(),
              CurrentUser.username(),
              Instant.now(clock)));
    }
  }

  /**
   * Records (or, while the meeting is open, revises) the meeting's decision on an application on
   * its agenda. If a closed earlier meeting decided it already, the new decision supersedes that
   * one and cites it.
   */
  @RequiresPermissions(Permissions.PROGRAMME_DECIDE)
  public long decide(long meetingId, long applicationId, @NotNull @Valid DecisionForm form) {
    CommitteeMeeting meeting =
        em.find(CommitteeMeeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
    if (meeting == null) {
      throw new org.quicksilver.platform.RecordNotFoundException(meetingId);
    }
    Application application = Records.find(em, Application.class, applicationId);
    if (!meeting.getAgenda().contains(application)) {
      throw new InvalidInputException(
          "programme.meeting.notOnAgenda", application.getReference(), meeting.getReference());
    }
    var ruling = form.ruling();
    String by = CurrentUser.username();
    Instant now = Instant.now(clock);
    Decision existing = decisionAt(meeting, application);
    if (existing != null) {
      existing.revise(ruling, by, now);
      em.persist(application.decided(ruling.outcome(), true, ruling.reasons(), by, now));
      return existing.getId();
    }
    Decision earlier = latestDecision(application);
    boolean superseding = earlier != null && application.getStatus().isDecided();
    var decision =
        new Decision(meeting, application, ruling, superseding ? earlier : null, by, now);
    em.persist(decision);
    em.persist(application.decided(ruling.outcome(), superseding, ruling.reasons(), by, now));
    em.flush();
    return decision.getId();
  }

  /** Closes the meeting: from now on its decisions can only be superseded. */
  @RequiresPermissions(Permissions.PROGRAMME_DECIDE)
  public void close(long meetingId, long version) {
    CommitteeMeeting meeting = Records.find(em, CommitteeMeeting.class, meetingId);
    Saves.checkVersion(version, meeting.getVersion());
    meeting.close(Instant.now(clock));
    Saves.flush(em, org.quicksilver.platform.ConcurrentChangeException::new);
  }

  private Decision decisionAt(CommitteeMeeting meeting, Application application) {
    return em.createQuery(
            "select d from Decision d where d.meeting = :m and d.application = :a", Decision.class)
        .setParameter("m", meeting)
        .setParameter("a", application)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Decision latestDecision(Application application) {
    return em.createQuery(
            "select d from Decision d join fetch d.meeting m where d.application = :a"
                + " order by m.startsOn desc, d.id desc",
            Decision.class)
        .setParameter("a", application)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}

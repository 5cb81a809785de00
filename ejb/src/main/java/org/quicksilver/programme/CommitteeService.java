package org.quicksilver.programme;

import static org.quicksilver.security.Permissions.PROGRAMME_CHAIR;
import static org.quicksilver.security.Permissions.PROGRAMME_MANAGE;
import static org.quicksilver.security.Permissions.PROGRAMME_READ;
import static org.quicksilver.security.Permissions.PROGRAMME_SCORE;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.RecusalReason;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.reference.Country;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Roles;
import org.quicksilver.security.UserAccount;

/**
 * The steering committee: its members with country and term, and conflicts of interest. A member
 * from the applicant Party is recused without asking; any member may declare a conflict, and a
 * programme officer may record one on a member's behalf.
 */
@Stateless
public class CommitteeService {
  private static final Set<String> COMMITTEE_ROLES =
      Set.of(Roles.COMMITTEE_MEMBER, Roles.COMMITTEE_CHAIR);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<MemberRow> members() {
    return em.createQuery(
            "select new org.quicksilver.programme.MemberRow(m.id, m.username, m.fullName,"
                + " c.isoCode, c.nameEn, c.nameFr, c.nameEs, c.regionalGroup, m.role,"
                + " m.termStart, m.termEnd)"
                + " from CommitteeMember m join m.country c"
                + " order by m.role, c.regionalGroup, m.fullName",
            MemberRow.class)
        .getResultList();
  }

  /** User accounts holding a committee role that have no seat yet. */
  @RequiresPermissions(PROGRAMME_MANAGE)
  public List<AccountOption> candidates() {
    return em.createQuery(
            "select distinct new org.quicksilver.programme.AccountOption(u.username,"
                + " u.displayName) from UserAccount u join u.roles r"
                + " where r in :roles and u.active = true and not exists"
                + " (select m.id from CommitteeMember m where m.username = u.username)"
                + " order by u.username",
            AccountOption.class)
        .setParameter("roles", COMMITTEE_ROLES)
        .getResultList();
  }

  /** Seats a member, tied to an existing account that holds a committee role. */
  @RequiresPermissions(PROGRAMME_MANAGE)
  public long add(@NotNull @Valid MemberForm form) {
    String username = form.getUsername().strip();
    UserAccount account =
        em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
            .setParameter("u", username)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("programme.member.noAccount", username));
    if (account.getRoles().stream().noneMatch(COMMITTEE_ROLES::contains)) {
      throw new InvalidInputException("programme.member.accountNotCommittee", username);
    }
    if (form.getTermEnd() != null && form.getTermEnd().isBefore(form.getTermStart())) {
      throw new InvalidInputException(
          "programme.member.termEndsBeforeStart", form.getTermStart(), form.getTermEnd());
    }
    // checked first: an identity key makes persist() insert at once, before Saves.flush could help
    if (!em.createQuery("select m.id from CommitteeMember m where m.username = :u", Long.class)
        .setParameter("u", username)
        .getResultList()
        .isEmpty()) {
      throw new DuplicateRecordException("programme.member.duplicate", username);
    }
    CommitteeMember member =
        new CommitteeMember(
            username,
            form.getFullName().strip(),
            Records.find(em, Country.class, form.getCountryId()),
            form.getRole(),
            form.getTermStart(),
            form.getTermEnd());
    em.persist(member);
    Saves.flush(em, () -> new DuplicateRecordException("programme.member.duplicate", username));
    return member.getId();
  }

  /** The signed-in member declares a conflict of interest on an application. */
  @RequiresPermissions(PROGRAMME_SCORE)
  public long declareConflict(long applicationId, String reason) {
    return declare(Reviews.member(em, CurrentUser.username()), applicationId, reason);
  }

  /** A programme officer records a conflict a member declared (by letter, at a meeting). */
  @RequiresPermissions(PROGRAMME_MANAGE)
  public long declareConflictFor(long memberId, long applicationId, String reason) {
    return declare(Records.find(em, CommitteeMember.class, memberId), applicationId, reason);
  }

  private long declare(CommitteeMember member, long applicationId, String reason) {
    Application application = Records.find(em, Application.class, applicationId);
    if (!em.createQuery(
            "select d.id from ConflictDeclaration d where d.member = :m and d.application = :a",
            Long.class)
        .setParameter("m", member)
        .setParameter("a", application)
        .getResultList()
        .isEmpty()) {
      throw new DuplicateRecordException(
          "programme.recusal.duplicate", member.getFullName(), application.getReference());
    }
    ConflictDeclaration declaration =
        new ConflictDeclaration(member, application, reason, Instant.now(clock));
    em.persist(declaration);
    Saves.flush(
        em,
        () ->
            new DuplicateRecordException(
                "programme.recusal.duplicate", member.getFullName(), application.getReference()));
    return declaration.getId();
  }

  /** Who is recused from an application and why, as the rules decide. */
  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_SCORE, PROGRAMME_CHAIR},
      logical = Logical.OR)
  public List<RecusalRow> recusals(long applicationId) {
    Application application = Reviews.application(em, applicationId);
    Recusals recusals = Reviews.recusals(em, application);
    // Candidates: the applicant Party's members and those who declared; the rules say why.
    List<CommitteeMember> candidates =
        em.createQuery(
                "select m from CommitteeMember m join fetch m.country c where c = :country"
                    + " or exists (select d.id from ConflictDeclaration d"
                    + " where d.member = m and d.application = :a)"
                    + " order by m.fullName",
                CommitteeMember.class)
            .setParameter("country", application.getCountry())
            .setParameter("a", application)
            .getResultList();
    List<RecusalRow> rows = new ArrayList<>();
    for (CommitteeMember member : candidates) {
      recusals
          .reasonFor(member.rules())
          .ifPresent(
              (RecusalReason why) ->
                  rows.add(
                      new RecusalRow(
                          member.getId(),
                          member.getUsername(),
                          member.getFullName(),
                          member.getCountry().getIsoCode(),
                          why.sameCountry(),
                          why.declared().orElse(null))));
    }
    return rows;
  }

  /** The conflicts declared on the applications of the round under review, newest first. */
  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<ConflictRow> declarations() {
    return Reviews.currentRoundId(em)
        .map(
            round ->
                em.createQuery(
                        "select new org.quicksilver.programme.ConflictRow(d.id, m.fullName,"
                            + " c.isoCode, a.id, a.reference, a.title, d.reason, d.declaredAt)"
                            + " from ConflictDeclaration d join d.member m join m.country c"
                            + " join d.application a where a.round.id = :round"
                            + " order by d.declaredAt desc",
                        ConflictRow.class)
                    .setParameter("round", round)
                    .getResultList())
        .orElse(List.of());
  }

  /** The applications under review in the current round, to declare a conflict on. */
  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<ApplicationOption> applicationsUnderReview() {
    return Reviews.currentRoundId(em)
        .map(
            round ->
                em.createQuery(
                        "select new org.quicksilver.programme.ApplicationOption(a.id,"
                            + " a.reference, a.title, a.country.isoCode) from Application a"
                            + " where a.round.id = :round and a.status = :s order by a.reference",
                        ApplicationOption.class)
                    .setParameter("round", round)
                    .setParameter("s", ApplicationStatus.UNDER_REVIEW)
                    .getResultList())
        .orElse(List.of());
  }
}

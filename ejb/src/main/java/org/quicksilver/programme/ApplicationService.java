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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Budget;
import org.quicksilver.programme.rules.Registration;
import org.quicksilver.reference.ConventionStatus;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.reference.SipEligibility;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * Applications: registered as received from a Party's forms, corrected, given their budget and
 * logical framework, withdrawn; listed and shown to those who may see them.
 */
@Stateless
public class ApplicationService {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private ApplicationAccess access;

  /** The Parties that may apply, for the register form and the list's filter. */
  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<CountryOption> eligibleParties(@NotNull Locale locale) {
    return em.createQuery(
            "select c from Country c where c.conventionStatus = :party"
                + " and c.sipEligibility in :eligible",
            Country.class)
        .setParameter("party", ConventionStatus.PARTY)
        .setParameter(
            "eligible",
            List.of(SipEligibility.DEVELOPING_COUNTRY, SipEligibility.ECONOMY_IN_TRANSITION))
        .getResultStream()
        .map(c -> new CountryOption(c.getId(), c.getIsoCode(), c.name(locale)))
        .sorted(java.util.Comparator.comparing(CountryOption::name))
        .toList();
  }

  /**
   * Registers an application as received. Outside its round's window it needs a reason; only an
   * eligible Party may apply. The history starts with "received".
   */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long register(@NotNull @Valid ApplicationForm form) {
    Round round = Records.find(em, Round.class, form.getRoundId());
    Country country = Records.find(em, Country.class, form.getCountryId());
    ApplicationDetails details = form.details();
    Registration registration = round.rules().register(form.getReceivedAt(), form.getLateReason());
    String reference =
        form.getReference() == null || form.getReference().isBlank()
            ? nextReference(round, country)
            : form.getReference().strip();
    if (!em.createQuery("select a.id from Application a where a.reference = :ref", Long.class)
        .setParameter("ref", reference)
        .getResultList()
        .isEmpty()) {
      throw duplicate(reference);
    }
    String by = CurrentUser.username();
    Instant now = Instant.now(clock);
    Application application =
        new Application(round, reference, country, details, registration, by, now);
    em.persist(application);
    em.persist(ApplicationEvent.received(application, by, now));
    Saves.flush(em, () -> duplicate(reference));
    return application.getId();
  }

  /** Corrects what the forms say; a save on a version someone else changed is refused. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void update(long applicationId, long version, @NotNull @Valid ApplicationDetails details) {
    Application application = find(applicationId);
    Saves.checkVersion(version, application.getVersion());
    application.describe(details);
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  /** Replaces every budget line; together they must add up to the amount requested. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void replaceBudget(
      long applicationId, long version, @NotNull List<@NotNull @Valid BudgetRow> lines) {
    Application application = changing(applicationId, version);
    new Budget(lines.stream().map(BudgetRow::line).toList())
        .checkMatches(application.getAmountRequested());
    em.createQuery("delete from ApplicationBudgetLine b where b.application = :application")
        .setParameter("application", application)
        .executeUpdate();
    lines.forEach(line -> em.persist(new ApplicationBudgetLine(application, line.line())));
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  /** Replaces the logical framework: outcomes and outputs with their indicators, in order. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void replaceLogFrame(
      long applicationId, long version, @NotNull List<@NotNull @Valid LogFrameLine> lines) {
    Application application = changing(applicationId, version);
    em.createQuery("delete from ApplicationResult r where r.application = :application")
        .setParameter("application", application)
        .executeUpdate();
    int position = 0;
    for (LogFrameLine line : lines) {
      em.persist(
          new ApplicationResult(
              application,
              line.level(),
              line.description().strip(),
              line.indicator() == null || line.indicator().isBlank()
                  ? null
                  : line.indicator().strip(),
              ++position));
    }
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  /** Attaches a file after checking its size and, by its bytes, its type. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long upload(
      long applicationId,
      @NotNull AttachmentKind kind,
      String fileName,
      String declaredType,
      @NotNull byte[] content) {
    Application application = find(applicationId);
    application.checkOpenToChanges();
    return new ApplicationDocuments(em, clock)
        .attach(application, kind, fileName, declaredType, content);
  }

  /** A file's bytes, for those who may see its application. */
  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public AttachmentFile download(long attachmentId) {
    Attachment attachment =
        em.createQuery(
                "select t from Attachment t join fetch t.application a join fetch a.country"
                    + " where t.id = :id",
                Attachment.class)
            .setParameter("id", attachmentId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(attachmentId));
    access.check(attachment.getApplication());
    return new ApplicationDocuments(em, clock).content(attachment);
  }

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<ApplicationRow> list(@NotNull PageQuery query) {
    return ApplicationList.rows(em, query, access.restriction().orElse(null));
  }

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> filters) {
    return ApplicationList.count(em, filters, access.restriction().orElse(null));
  }

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public ApplicationDetail detail(long applicationId) {
    Application application = visible(applicationId);
    return new ApplicationDetailQuery(em).of(application);
  }

  /** The application's history, oldest first. */
  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<ApplicationHistoryRow> history(long applicationId) {
    Application application = visible(applicationId);
    return em.createQuery(
            "select new org.quicksilver.programme.ApplicationHistoryRow(e.id, e.from, e.to,"
                + " e.reason, e.at, e.by) from ApplicationEvent e"
                + " where e.application = :application order by e.at, e.id",
            ApplicationHistoryRow.class)
        .setParameter("application", application)
        .getResultList();
  }

  /** The Party withdraws its application, before any decision; the reason is kept. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void withdraw(long applicationId, long version, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("programme.application.withdrawReasonRequired");
    }
    Application application = find(applicationId);
    Saves.checkVersion(version, application.getVersion());
    em.persist(
        application.moveTo(
            ApplicationStatus.WITHDRAWN, reason, CurrentUser.username(), Instant.now(clock)));
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  private Application visible(long applicationId) {
    Application application =
        em.createQuery(
                "select a from Application a join fetch a.round join fetch a.country"
                    + " where a.id = :id",
                Application.class)
            .setParameter("id", applicationId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(applicationId));
    access.check(application);
    return application;
  }

  /** An application about to change in its parts: its version moves too, so stale saves fail. */
  private Application changing(long applicationId, long version) {
    Application application = find(applicationId);
    Saves.checkVersion(version, application.getVersion());
    application.checkOpenToChanges();
    em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return application;
  }

  private Application find(long applicationId) {
    return Records.find(em, Application.class, applicationId);
  }

  /** R{round}-{ISO}-{nn}: the Party's nth application to the round. */
  private String nextReference(Round round, Country country) {
    long earlier =
        em.createQuery(
                "select count(a) from Application a where a.round = :round and a.country = :c",
                Long.class)
            .setParameter("round", round)
            .setParameter("c", country)
            .getSingleResult();
    return String.format(
        Locale.ROOT, "R%d-%s-%02d", round.getNumber(), country.getIsoCode(), earlier + 1);
  }

  private static DuplicateRecordException duplicate(String reference) {
    return new DuplicateRecordException("programme.application.duplicate", reference);
  }
}

package org.quicksilver.programme;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * The secretariat's screening: start it, record each checklist item, decide eligibility with a
 * reason, write the first assessment, send the eligible to the committee. Every move of the status
 * is written to the application's history.
 */
@Stateless
public class ScreeningService {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** RECEIVED → SCREENING. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void start(long applicationId, long version) {
    move(applicationId, version, ApplicationStatus.SCREENING, null);
  }

  /** Records one checklist item (met or not, with a comment) while the application is screened. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void check(
      long applicationId, long checklistItemId, boolean met, @Size(max = 500) String comment) {
    Application application = Records.find(em, Application.class, applicationId);
    if (application.getStatus() != ApplicationStatus.SCREENING) {
      throw new InvalidInputException(
          "programme.screening.notScreening", application.getReference());
    }
    ChecklistItem item = Records.find(em, ChecklistItem.class, checklistItemId);
    if (!item.getRound().getId().equals(application.getRound().getId())) {
      throw new InvalidInputException("programme.screening.otherRound", item.getCode());
    }
    em.createQuery(
            "select s from ScreeningCheck s where s.application = :a and s.item = :item",
            ScreeningCheck.class)
        .setParameter("a", application)
        .setParameter("item", item)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            found -> found.record(met, comment),
            () -> em.persist(new ScreeningCheck(application, item, met, comment)));
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  /**
   * SCREENING → ELIGIBLE or INELIGIBLE, with the reason. Every checklist item must have been
   * recorded first, and an application found eligible must have met them all.
   */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void decide(
      long applicationId, long version, boolean eligible, @Size(max = 1000) String reason) {
    Application application = find(applicationId, version);
    List<Object[]> items =
        em.createQuery(
                "select i.code, s.met from ChecklistItem i"
                    + " left join ScreeningCheck s on s.item = i and s.application = :a"
                    + " where i.round = :round order by i.position",
                Object[].class)
            .setParameter("a", application)
            .setParameter("round", application.getRound())
            .getResultList();
    List<String> missing =
        items.stream().filter(i -> i[1] == null).map(i -> (String) i[0]).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "programme.screening.checklistIncomplete", String.join(", ", missing));
    }
    List<String> unmet =
        items.stream().filter(i -> Boolean.FALSE.equals(i[1])).map(i -> (String) i[0]).toList();
    if (eligible && !unmet.isEmpty()) {
      throw new InvalidInputException(
          "programme.screening.eligibleWithUnmetItems", String.join(", ", unmet));
    }
    em.persist(application.screen(eligible, reason, CurrentUser.username(), Instant.now(clock)));
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  /** The secretariat's first assessment against the criteria, before the committee reviews. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void assess(long applicationId, long version, @Size(max = 4000) String assessment) {
    Application application = find(applicationId, version);
    ApplicationStatus status = application.getStatus();
    if (status != ApplicationStatus.SCREENING && status != ApplicationStatus.ELIGIBLE) {
      throw new InvalidInputException(
          "programme.screening.assessmentClosed", application.getReference());
    }
    application.assess(assessment);
    em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  /** ELIGIBLE → UNDER_REVIEW: the committee may now score it. Needs the first assessment. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void sendToCommittee(long applicationId, long version) {
    Application application = find(applicationId, version);
    if (application.getFirstAssessment() == null) {
      throw new InvalidInputException(
          "programme.screening.assessmentRequired", application.getReference());
    }
    move(application, ApplicationStatus.UNDER_REVIEW, null);
  }

  private void move(long applicationId, long version, ApplicationStatus next, String reason) {
    move(find(applicationId, version), next, reason);
  }

  private void move(Application application, ApplicationStatus next, String reason) {
    em.persist(application.moveTo(next, reason, CurrentUser.username(), Instant.now(clock)));
    Saves.flush(em, () -> new InvalidInputException("error.concurrentChange"));
  }

  private Application find(long applicationId, long version) {
    Application application = Records.find(em, Application.class, applicationId);
    Saves.checkVersion(version, application.getVersion());
    return application;
  }
}

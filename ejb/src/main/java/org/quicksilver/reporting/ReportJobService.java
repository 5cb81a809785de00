package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Roles;

/**
 * Reports generated in the background, so that a long report never freezes a page: submit one, then
 * ask how it is doing until it is ready in the register. The job's state is in the database, so any
 * node answers; the job itself runs on the node that took the request.
 */
@Stateless
public class ReportJobService {
  /** The most jobs {@link #mine(int)} lists. */
  public static final int MOST_LISTED = 100;

  @PersistenceContext private EntityManager em;
  @Inject private ReportJobs jobs;
  @Inject private ReportJobRunner runner;
  @Inject @Any private Instance<ReportGenerator> generators;

  /**
   * Queues a report and starts it in the background, as the signed-in user. Checks no permission of
   * its own: the caller, a report service, has checked the user may have this report, and the
   * report service checks again when the job runs.
   *
   * @return the job's id, for {@link #status(long)}
   */
  @RequiresAuthentication
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long submit(@NotNull BackgroundReport request) {
    if (generators.stream().noneMatch(g -> g.kind().equals(request.kind()))) {
      throw new InvalidInputException("reports.job.unknownKind", request.kind());
    }
    // Committed (its own transaction) before the runner, on another thread, looks for it.
    long jobId = jobs.create(request, CurrentUser.username());
    runner.run(jobId, SecurityUtils.getSecurityManager());
    return jobId;
  }

  /** A job of the signed-in user's (any job, for an administrator); anyone else's is not found. */
  @RequiresAuthentication
  public ReportJobView status(long jobId) {
    ReportJob job = em.find(ReportJob.class, jobId);
    if (job == null
        || !(job.getRequestedBy().equals(CurrentUser.username())
            || SecurityUtils.getSubject().hasRole(Roles.ADMINISTRATOR))) {
      throw new RecordNotFoundException(jobId);
    }
    return job.view();
  }

  /** The signed-in user's latest jobs, newest first. */
  @RequiresAuthentication
  public List<ReportJobView> mine(int max) {
    return em
        .createQuery(
            "select j from ReportJob j where j.requestedBy = :me"
                + " order by j.requestedAt desc, j.id desc",
            ReportJob.class)
        .setParameter("me", CurrentUser.username())
        .setMaxResults(Math.max(1, Math.min(MOST_LISTED, max)))
        .getResultList()
        .stream()
        .map(ReportJob::view)
        .toList();
  }
}

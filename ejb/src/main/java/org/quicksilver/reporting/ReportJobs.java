package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The report jobs' rows, each change in a short transaction of its own: a job's state is seen by
 * every node as soon as it changes, and never waits for (nor rolls back with) the long transaction
 * of the report it generates. Internal: no permission check, {@link ReportJobService} and {@link
 * ReportJobRunner} are its only callers (its methods are public only because an EJB's business
 * methods must be).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportJobs {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  public long create(BackgroundReport request, String requestedBy) {
    var job = new ReportJob(request, requestedBy, Instant.now(clock));
    em.persist(job);
    em.flush();
    return job.getId();
  }

  public ReportJob find(long id) {
    return em.find(ReportJob.class, id);
  }

  public void start(long id) {
    em.find(ReportJob.class, id).start(Instant.now(clock));
  }

  public void progress(long id, int percent) {
    em.find(ReportJob.class, id).progress(percent);
  }

  public void done(long id, long reportId) {
    em.find(ReportJob.class, id).done(reportId, Instant.now(clock));
  }

  public void fail(long id, String messageKey, Object... arguments) {
    em.find(ReportJob.class, id).fail(messageKey, arguments, Instant.now(clock));
  }
}

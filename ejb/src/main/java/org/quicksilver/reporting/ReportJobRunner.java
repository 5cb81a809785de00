package org.quicksilver.reporting;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.quicksilver.platform.QuicksilverException;
import org.quicksilver.security.StoredCredentials;
import org.quicksilver.security.UserDirectory;

/**
 * Runs a background report on a thread of the EJB container's asynchronous pool, as the user who
 * asked for it: the report service's own permission check applies, with that user's current
 * permissions. Runs without a transaction of its own: the report service has its own, and the job's
 * state is written in short ones ({@link ReportJobs}).
 */
@Stateless
public class ReportJobRunner {
  private static final Logger LOG = Logger.getLogger(ReportJobRunner.class.getName());

  /** The realm name given to a job's principal; the application's realm reads any. */
  static final String REALM = "report-job";

  @Inject private ReportJobs jobs;
  @Inject private UserDirectory users;
  @Inject private KeptReports kept;
  @Inject @Any private Instance<ReportGenerator> generators;
  @Inject private Clock clock;

  /**
   * @param security the application's Shiro security manager, handed over by the thread that
   *     submitted the job (Shiro binds it to request threads only)
   */
  @Asynchronous
  @ActivateRequestContext
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long jobId, SecurityManager security) {
    ReportJob job = jobs.find(jobId);
    if (job == null || job.getStatus() != ReportJobStatus.QUEUED) {
      return;
    }
    BackgroundReport request = job.request();
    String username = job.getRequestedBy();
    try {
      if (users.credentials(username).filter(StoredCredentials::active).isEmpty()) {
        jobs.fail(jobId, "reports.job.refused");
        return;
      }
      ReportGenerator generator = generator(request.kind());
      Subject user =
          new Subject.Builder(security)
              .principals(new SimplePrincipalCollection(username, REALM))
              .authenticated(true)
              .sessionCreationEnabled(false)
              .buildSubject();
      int before = kept.count();
      user.execute(
          (Callable<ReportFile>)
              () -> generator.generate(request, new JobProgress(jobId, jobs, clock)));
      if (kept.count() == before) {
        throw new IllegalStateException(
            "The " + request.kind() + " generator kept nothing in the register");
      }
      jobs.done(jobId, kept.last().orElseThrow());
    } catch (ExecutionException wrapped) {
      fail(jobId, request, wrapped.getCause() == null ? wrapped : wrapped.getCause());
    } catch (RuntimeException e) {
      fail(jobId, request, e);
    }
  }

  private ReportGenerator generator(String kind) {
    return generators.stream()
        .filter(g -> g.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new QuicksilverException("reports.job.unknownKind", kind));
  }

  /** A translated reason for the user; the details, if any, for the log only. */
  private void fail(long jobId, BackgroundReport request, Throwable cause) {
    if (cause instanceof QuicksilverException refusal) {
      LOG.info(() -> "Report job " + jobId + " refused: " + refusal.getMessage());
      jobs.fail(jobId, refusal.messageKey(), refusal.arguments());
    } else if (cause instanceof AuthorizationException refused) {
      LOG.info(() -> "Report job " + jobId + " not permitted: " + refused.getMessage());
      jobs.fail(jobId, "reports.job.refused");
    } else {
      LOG.log(Level.SEVERE, "Report job " + jobId + " (" + request + ") failed", cause);
      jobs.fail(jobId, "reports.job.failed");
    }
  }
}

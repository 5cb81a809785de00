package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/**
 * The register of generated reports: each user sees the reports of the kinds they may generate (a
 * donor viewer, its own donor's), newest first, and downloads them again exactly as they were.
 */
@Stateless
public class ReportRegisterService {
  /** Every permission a report kind can require. */
  private static final Set<String> REPORT_PERMISSIONS =
      Set.of(
          Permissions.REFERENCE_REPORT,
          Permissions.FUNDING_READ,
          Permissions.PROGRAMME_READ,
          Permissions.PROGRAMME_CHAIR,
          Permissions.PROJECTS_READ);

  private static final String VISIBLE =
      " from GeneratedReport r where (r.requiredPermission in :permissions"
          + " or (r.donorId is not null and r.donorId = :donor))";

  @PersistenceContext private EntityManager em;
  @Inject private DonorScope scope;

  @RequiresAuthentication
  public List<RegisteredReport> list(@NotNull PageQuery query) {
    return visible(
            "select new org.quicksilver.reporting.RegisteredReport(r.id, r.kind, r.parameters,"
                + " r.language, r.format, r.fileName, r.sizeBytes, r.sha256, r.dataAsOf,"
                + " r.generatedBy, r.generatedAt)"
                + VISIBLE
                + " order by r.generatedAt desc, r.id desc",
            RegisteredReport.class)
        .setFirstResult(query.first())
        .setMaxResults(query.size())
        .getResultList();
  }

  @RequiresAuthentication
  public long count() {
    return visible("select count(r)" + VISIBLE, Long.class).getSingleResult();
  }

  /** The report as it was generated; refused if the user may not see it or it was altered. */
  @RequiresAuthentication
  public ReportFile download(long id) {
    GeneratedReport report = em.find(GeneratedReport.class, id);
    if (report == null) {
      throw new RecordNotFoundException(id);
    }
    boolean own = report.getDonorId() != null && report.getDonorId().equals(ownDonor());
    if (!own && !permissions().contains(report.getRequiredPermission())) {
      throw new UnauthorizedException("Not a report this user may see");
    }
    byte[] content = em.find(GeneratedReportContent.class, id).content();
    if (!ReportRegister.sha256(content).equals(report.getSha256())) {
      throw new IllegalStateException("Report " + id + " does not match its SHA-256");
    }
    return new ReportFile(report.getFileName(), report.getContentType(), content);
  }

  private <T> TypedQuery<T> visible(String jpql, Class<T> type) {
    Set<String> permissions = permissions();
    return em.createQuery(jpql, type)
        .setParameter("permissions", permissions.isEmpty() ? Set.of("-") : permissions)
        .setParameter("donor", Optional.ofNullable(ownDonor()).orElse(-1L));
  }

  private static Set<String> permissions() {
    var subject = SecurityUtils.getSubject();
    return REPORT_PERMISSIONS.stream().filter(subject::isPermitted).collect(Collectors.toSet());
  }

  /** A donor viewer's donor; null for staff and for users who see no contributions at all. */
  private Long ownDonor() {
    var subject = SecurityUtils.getSubject();
    if (subject.isPermitted(Permissions.FUNDING_READ)
        || !subject.isPermitted(Permissions.FUNDING_OWN)) {
      return null;
    }
    return scope.restriction().orElse(null);
  }
}

package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.Funded;
import org.quicksilver.projects.FundedScope;
import org.quicksilver.reports.ProgressListener;
import org.quicksilver.reports.ProjectProgressReport;
import org.quicksilver.reports.ProjectProgressRow;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Language;
import org.quicksilver.security.Permissions;

/**
 * The progress report of a project for a period: indicators with their latest value measured in the
 * period, activities held in the period with their participants by gender, participants by region
 * and gender, pilot projects with their milestones as they stood at the end of the period, and
 * budget against actual cost (expenses up to the end of the period, and those of the period).
 *
 * <p>Participants are only ever counted: the report holds no name, so a donor viewer ({@code
 * projects:counts}) may have it like the secretariat ({@code projects:read}): of a project its
 * donor's money paid for, with the activities it paid for (see {@link Funded}); another project is
 * not found.
 */
@Stateless
public class ProjectProgressReportService {
  /** The kind of this report, in the register and for background jobs. */
  public static final String KIND = "project-progress";

  @PersistenceContext private EntityManager em;
  @Inject private ReportEngine engine;
  @Inject private ReportRegister register;
  @Inject private Clock clock;
  @Inject private ReportJobService jobs;
  @Inject private FundedScope scope;

  /**
   * @param from the period's first day
   * @param to the period's last day; a period that ends before it starts is refused
   */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public ReportFile render(
      long projectId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotNull Language language,
      @NotNull ReportFormat format) {
    return render(projectId, from, to, language, format, ProgressListener.NONE);
  }

  /**
   * Starts the report in the background (see {@link ReportJobService}); a period that ends before
   * it starts is refused at once, an unknown project fails the job.
   *
   * @return the job's id
   */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public long submit(
      long projectId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotNull Language language,
      @NotNull ReportFormat format) {
    requireValidPeriod(from, to);
    return jobs.submit(
        new BackgroundReport(
            KIND,
            Map.of(
                "project", Long.toString(projectId), "from", from.toString(), "to", to.toString()),
            language,
            format));
  }

  /** As {@link #render(long, LocalDate, LocalDate, Language, ReportFormat)}, telling progress. */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public ReportFile render(
      long projectId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotNull Language language,
      @NotNull ReportFormat format,
      @NotNull ProgressListener progress) {
    requireValidPeriod(from, to);
    // a project the user may not see is not found, like one that does not exist
    Funded funded = scope.current();
    Object[] head =
        em.createQuery(
                "select p.code, p.title, d.name, p.budgetUsd from Project p join p.donor d"
                    + " where p.id = :id and "
                    + funded.project("p"),
                Object[].class)
            .setParameter("id", projectId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(projectId));
    var project =
        new ProjectProgressReport.Project(
            (String) head[0], (String) head[1], (String) head[2], (BigDecimal) head[3]);
    // Milestones and costs are taken at the end of the period, or today while it runs.
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = to.isAfter(today) ? today : to;
    Locale locale = language.locale();

    var period = new ProjectProgressRows(em, projectId, funded, from, to, asOf, locale);
    List<ProjectProgressRow> rows = new ArrayList<>();
    rows.addAll(period.outputs());
    rows.addAll(period.activities());
    rows.addAll(period.participants());
    rows.addAll(period.pilots());
    rows.addAll(period.budget());

    byte[] content =
        engine.render(
            ProjectProgressReport.request(
                project,
                rows,
                from,
                to,
                asOf,
                locale,
                format,
                CurrentUser.username(),
                ZonedDateTime.now(clock)),
            progress);
    var file =
        new ReportFile(
            "project-progress-"
                + project.code().replaceAll("[^A-Za-z0-9._-]", "_")
                + "-"
                + from
                + "-"
                + to
                + "-"
                + language.code()
                + "."
                + format.fileExtension(),
            format.contentType(),
            content);
    // Kept for whoever may read projects; a donor viewer's counts-only copy is kept the same way.
    register.keep(
        new ReportDescription(
            KIND,
            "project=" + project.code() + ";from=" + from + ";to=" + to,
            language.code(),
            format.name(),
            to,
            Permissions.PROJECTS_READ,
            null),
        file);
    return file;
  }

  private static void requireValidPeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("reports.projectProgress.periodInvalid", from, to);
    }
  }
}

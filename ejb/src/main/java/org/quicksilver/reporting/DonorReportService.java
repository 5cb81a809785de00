package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Translations;
import org.quicksilver.reports.DonorReport;
import org.quicksilver.reports.ProgressListener;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Language;
import org.quicksilver.security.Permissions;

/**
 * The donor report: for one donor and a period, what it pledged and paid, its money by fund and
 * earmark, what that money paid for, participants by region, and reporting obligations, with the
 * data as it stood at the end of a day (today by default). The rules behind each figure are those
 * of {@link DonorReportRows}.
 *
 * <p>Staff who read funding may have any donor's report; a donor viewer only its own donor's, a
 * request for another refused ({@link DonorScope#check}) however it was crafted.
 */
@Stateless
public class DonorReportService {
  /** The register's name for this kind of report. */
  public static final String KIND = "donor-report";

  @PersistenceContext private EntityManager em;
  @Inject private DonorScope scope;
  @Inject private ReportEngine engine;
  @Inject private ReportRegister register;
  @Inject private Clock clock;
  @Inject private ReportJobService jobs;

  /**
   * The report's header and lines, in English names.
   *
   * @see #rows(long, LocalDate, LocalDate, LocalDate, Language)
   */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public DonorReportData rows(
      long donorId, @NotNull LocalDate from, @NotNull LocalDate to, LocalDate dataAsOf) {
    return rows(donorId, from, to, dataAsOf, Language.ENGLISH);
  }

  /**
   * The report's header and lines, with names (funds, earmarks, countries) in the given language.
   *
   * @param from the period's first day
   * @param to the period's last day; a period that ends before it starts is refused
   * @param dataAsOf the day whose end (in Geneva) the data is taken at; null for today; a day after
   *     today is refused
   */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public DonorReportData rows(
      long donorId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      LocalDate dataAsOf,
      @NotNull Language language) {
    scope.check(donorId);
    if (to.isBefore(from)) {
      throw new InvalidInputException("reports.donor.periodInvalid", from, to);
    }
    DataAsOf asOf = DataAsOf.of(dataAsOf, clock.instant());
    Locale locale = language.locale();
    Object[] head =
        em.createQuery(
                "select o.name, c.nameEn, c.nameFr, c.nameEs from Organisation o"
                    + " left join o.country c where o.id = :id",
                Object[].class)
            .setParameter("id", donorId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(donorId));
    var lines = new DonorReportRows(em, donorId, from, to, asOf, locale);
    var rows = lines.all();
    String country =
        head[1] == null
            ? null
            : Translations.pick(locale, (String) head[1], (String) head[2], (String) head[3]);
    return new DonorReportData(
        new DonorReport.Donor((String) head[0], country, lines.illustrative()),
        from,
        to,
        asOf.day(),
        rows);
  }

  /**
   * Renders the report and keeps it in the register, where whoever reads funding, and the donor's
   * own viewers, may download it again.
   */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public ReportFile render(
      long donorId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      LocalDate dataAsOf,
      @NotNull Language language,
      @NotNull ReportFormat format) {
    return render(donorId, from, to, dataAsOf, language, format, ProgressListener.NONE);
  }

  /**
   * Starts the report in the background (see {@link ReportJobService}), for a donor the user may
   * see; a bad period or a future "as of" day is refused at once. The data is taken as of the end
   * of the day asked for, or of today's when none is.
   *
   * @return the job's id
   */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public long submit(
      long donorId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      LocalDate dataAsOf,
      @NotNull Language language,
      @NotNull ReportFormat format) {
    scope.check(donorId);
    if (to.isBefore(from)) {
      throw new InvalidInputException("reports.donor.periodInvalid", from, to);
    }
    LocalDate asOf = DataAsOf.of(dataAsOf, clock.instant()).day();
    return jobs.submit(
        new BackgroundReport(
            KIND,
            Map.of(
                "donor",
                Long.toString(donorId),
                "from",
                from.toString(),
                "to",
                to.toString(),
                "asOf",
                asOf.toString()),
            language,
            format));
  }

  /**
   * As {@link #render(long, LocalDate, LocalDate, LocalDate, Language, ReportFormat)}, telling
   * progress.
   */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public ReportFile render(
      long donorId,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      LocalDate dataAsOf,
      @NotNull Language language,
      @NotNull ReportFormat format,
      @NotNull ProgressListener progress) {
    DonorReportData data = rows(donorId, from, to, dataAsOf, language);
    byte[] content =
        engine.render(
            DonorReport.request(
                data.donor(),
                data.rows(),
                from,
                to,
                data.dataAsOf(),
                language.locale(),
                format,
                CurrentUser.username(),
                ZonedDateTime.now(clock)),
            progress);
    var file =
        new ReportFile(
            KIND
                + "-"
                + donorId
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
    register.keep(
        new ReportDescription(
            KIND,
            "donor=" + donorId + ";from=" + from + ";to=" + to + ";asOf=" + data.dataAsOf(),
            language.code(),
            format.name(),
            data.dataAsOf(),
            Permissions.FUNDING_READ,
            donorId),
        file);
    return file;
  }
}

package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.ContributionLine;
import org.quicksilver.funding.ContributionsStatus;
import org.quicksilver.funding.Fund;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.reports.StatusOfContributionsReport;
import org.quicksilver.reports.StatusOfContributionsRow;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Language;
import org.quicksilver.security.Permissions;

/** "Status of contributions" by fund and donor as of a date; a donor viewer gets their own. */
@Stateless
public class StatusOfContributionsReportService {
  @PersistenceContext private EntityManager em;
  @Inject private ContributionsStatus status;
  @Inject private DonorScope scope;
  @Inject private ReportEngine engine;
  @Inject private ReportRegister register;

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public ReportFile render(
      @NotNull Language language, @NotNull ReportFormat format, @NotNull LocalDate asOf) {
    Locale locale = language.locale();
    Long donor = scope.restriction().orElse(null);
    List<ContributionLine> lines = status.asOf(asOf, donor);
    Map<Long, String> fundNames = new HashMap<>();
    em.createQuery("select f from Fund f", Fund.class)
        .getResultStream()
        .forEach(f -> fundNames.put(f.getId(), f.name(locale)));
    Map<String, Integer> minorUnits = new HashMap<>();
    em.createQuery("select c.code, c.minorUnits from Currency c", Object[].class)
        .getResultStream()
        .forEach(row -> minorUnits.put((String) row[0], (Integer) row[1]));
    List<StatusOfContributionsRow> rows =
        lines.stream()
            .map(
                l ->
                    new StatusOfContributionsRow(
                        fundNames.get(l.fundId()),
                        l.donorName(),
                        l.currencyCode(),
                        minorUnits.getOrDefault(l.currencyCode(), 2),
                        l.pledged(),
                        l.pledgedUsd(),
                        l.recognisedUsd(),
                        l.received(),
                        l.receivedUsd(),
                        l.outstanding(),
                        l.outstandingUsd()))
            .toList();
    byte[] content =
        engine.render(
            StatusOfContributionsReport.request(
                rows, asOf, null, locale, format, CurrentUser.username(), ZonedDateTime.now()));
    var file =
        new ReportFile(
            "status-of-contributions-"
                + asOf
                + "-"
                + language.code()
                + "."
                + format.fileExtension(),
            format.contentType(),
            content);
    register.keep(
        new ReportDescription(
            "status-of-contributions",
            "asOf=" + asOf + (donor == null ? "" : ";donor=" + donor),
            language.code(),
            format.name(),
            asOf,
            Permissions.FUNDING_READ,
            donor),
        file);
    return file;
  }
}

package org.quicksilver.reporting;

import static org.quicksilver.security.Permissions.REFERENCE_REPORT;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.reference.Country;
import org.quicksilver.reports.PartiesEligibilityReport;
import org.quicksilver.reports.PartyEligibilityRow;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * "Parties and SIP eligibility by region": every country by regional group, in one query, sorted by
 * the name in the report's language as that language sorts (accents included).
 */
@Stateless
public class PartiesEligibilityReportService {
  @PersistenceContext private EntityManager em;
  @Inject private ReportEngine engine;
  @Inject private ReportRegister register;

  @RequiresPermissions(REFERENCE_REPORT)
  public ReportFile render(@NotNull Language language, @NotNull ReportFormat format) {
    Locale locale = language.locale();
    List<PartyEligibilityRow> rows =
        em.createQuery("select c from Country c", Country.class)
            .getResultStream()
            .sorted(
                Comparator.comparing(Country::getRegionalGroup)
                    .thenComparing(c -> c.name(locale), Collator.getInstance(locale)))
            .map(
                c ->
                    new PartyEligibilityRow(
                        c.getRegionalGroup().name(),
                        c.getIsoCode(),
                        c.name(locale),
                        c.getConventionStatus().name(),
                        c.getPartySince(),
                        c.getSipEligibility().name()))
            .toList();
    String user = String.valueOf(SecurityUtils.getSubject().getPrincipal());
    byte[] content =
        engine.render(
            PartiesEligibilityReport.request(
                rows, LocalDate.now(), locale, format, user, ZonedDateTime.now()));
    var file =
        new ReportFile(
            "parties-eligibility-" + language.code() + "." + format.fileExtension(),
            format.contentType(),
            content);
    register.keep(
        new ReportDescription(
            "parties-eligibility",
            "",
            language.code(),
            format.name(),
            LocalDate.now(),
            REFERENCE_REPORT,
            null),
        file);
    return file;
  }
}

package org.quicksilver.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.SecurityUtils;
import org.quicksilver.funding.FundBalance;
import org.quicksilver.funding.FundingDashboard;
import org.quicksilver.funding.FundingFigures;
import org.quicksilver.funding.ObligationRow;
import org.quicksilver.funding.ObligationStatus;
import org.quicksilver.funding.ReportingObligationService;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.reference.CountryService;
import org.quicksilver.reference.RegionSummary;
import org.quicksilver.security.Permissions;
import org.quicksilver.web.platform.Texts;

/** The dashboard's figures; each block shows only when the user's role may read it. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CountryService countries;
  @Inject private FundingDashboard funding;
  @Inject private ReportingObligationService obligations;
  @Inject private ActivityService activities;

  private final LocalDate today = LocalDate.now();
  private List<RegionSummary> regions;
  private List<ObligationRow> reportsDue;
  private List<ActivityRow> activitiesComingUp;
  private FundingFigures figures;

  public boolean isFundingVisible() {
    var subject = SecurityUtils.getSubject();
    return subject.isPermitted(Permissions.FUNDING_READ)
        || subject.isPermitted(Permissions.FUNDING_OWN);
  }

  public FundingFigures getFigures() {
    if (figures == null && isFundingVisible()) {
      figures = funding.figures();
    }
    return figures;
  }

  /** Received and available per fund, as a Chart.js bar chart (PrimeFaces' p:chart). */
  public String getFundChart() {
    Map<String, BigDecimal[]> byFund = new LinkedHashMap<>();
    for (FundBalance b : getFigures().balances()) {
      BigDecimal[] sums =
          byFund.computeIfAbsent(
              b.fundCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(b.received());
      sums[1] = sums[1].add(b.available());
    }
    var labels = Json.createArrayBuilder();
    var received = Json.createArrayBuilder();
    var available = Json.createArrayBuilder();
    byFund.forEach(
        (fund, sums) -> {
          labels.add(fund);
          received.add(sums[0]);
          available.add(sums[1]);
        });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset(Texts.text("funding.received"), received, "#1e6091"))
                        .add(dataset(Texts.text("funding.available"), available, "#52b69a"))))
        .add(
            "options",
            Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }

  /** Reports donors' agreements ask for, overdue or due in the next two months. */
  public List<ObligationRow> getReportsDue() {
    if (reportsDue == null) {
      reportsDue =
          SecurityUtils.getSubject().isPermitted(Permissions.FUNDING_READ)
              ? obligations.dueBy(today.plusMonths(2), 10)
              : List.of();
    }
    return reportsDue;
  }

  public ObligationStatus obligationStatus(ObligationRow row) {
    return row.status(today);
  }

  /** Activities running in the next two months. */
  public List<ActivityRow> getActivitiesComingUp() {
    if (activitiesComingUp == null) {
      activitiesComingUp =
          SecurityUtils.getSubject().isPermitted(Permissions.PROJECTS_READ)
              ? activities.calendar(today, today.plusMonths(2)).stream().limit(10).toList()
              : List.of();
    }
    return activitiesComingUp;
  }

  public boolean isReferenceVisible() {
    return SecurityUtils.getSubject().isPermitted(Permissions.REFERENCE_READ);
  }

  public List<RegionSummary> getRegions() {
    if (regions == null) {
      regions = isReferenceVisible() ? countries.summaryByRegion() : List.of();
    }
    return regions;
  }

  public long getParties() {
    return getRegions().stream().mapToLong(RegionSummary::parties).sum();
  }

  public long getEligibleParties() {
    return getRegions().stream().mapToLong(RegionSummary::eligible).sum();
  }

  public long getCountries() {
    return getRegions().stream().mapToLong(RegionSummary::countries).sum();
  }
}

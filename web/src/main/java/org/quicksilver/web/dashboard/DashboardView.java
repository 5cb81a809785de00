package org.quicksilver.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.quicksilver.funding.DonorFigures;
import org.quicksilver.funding.FundingDashboard;
import org.quicksilver.funding.FundingFigures;
import org.quicksilver.funding.ObligationRow;
import org.quicksilver.funding.ObligationStatus;
import org.quicksilver.funding.ReportingObligationService;
import org.quicksilver.programme.RoundDashboard;
import org.quicksilver.programme.RoundProgress;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.reference.CountryService;
import org.quicksilver.reference.RegionSummary;
import org.quicksilver.security.Permissions;

/** The dashboard's figures; each block shows only when the user's role may read it. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CountryService countries;
  @Inject private FundingDashboard funding;
  @Inject private ReportingObligationService obligations;
  @Inject private ActivityService activities;
  @Inject private RoundDashboard rounds;

  private final LocalDate today = LocalDate.now();
  private List<RegionSummary> regions;
  private List<ObligationRow> reportsDue;
  private List<ActivityRow> activitiesComingUp;
  private FundingFigures figures;
  private DonorFigures donorFigures;
  private RoundProgress round;
  private boolean roundLoaded;

  /** The secretariat's money: staff who read every donor's contributions. */
  public boolean isFundingVisible() {
    return SecurityUtils.getSubject().isPermitted(Permissions.FUNDING_READ);
  }

  public FundingFigures getFigures() {
    if (figures == null && isFundingVisible()) {
      figures = funding.figures();
    }
    return figures;
  }

  /** Received and available per fund, as a Chart.js bar chart (PrimeFaces' p:chart). */
  public String getFundChart() {
    return DashboardCharts.fundBalances(getFigures().balances());
  }

  /** A donor viewer's own donor, in place of the secretariat's money. */
  public boolean isDonorVisible() {
    var subject = SecurityUtils.getSubject();
    return subject.isPermitted(Permissions.FUNDING_OWN)
        && !subject.isPermitted(Permissions.FUNDING_READ);
  }

  public DonorFigures getDonorFigures() {
    if (donorFigures == null && isDonorVisible()) {
      donorFigures = funding.ownDonor();
    }
    return donorFigures;
  }

  public String getDonorChart() {
    return DashboardCharts.donorFunds(getDonorFigures().byFund());
  }

  /**
   * The current round, for those who run it or score in it: programme officers, the chair and the
   * members (finance officers and administrators read the programme but do not follow a round).
   */
  public boolean isRoundVisible() {
    var subject = SecurityUtils.getSubject();
    return subject.isPermitted(Permissions.PROGRAMME_MANAGE)
        || subject.isPermitted(Permissions.PROGRAMME_CHAIR)
        || subject.isPermitted(Permissions.PROGRAMME_SCORE);
  }

  /** The current round's progress; null when the user does not follow one or there is none. */
  public RoundProgress getRound() {
    if (!roundLoaded) {
      round = isRoundVisible() ? rounds.progress(null).orElse(null) : null;
      roundLoaded = true;
    }
    return round;
  }

  public String getRoundChart() {
    return DashboardCharts.applicationsByStatus(getRound().overview().byStatus());
  }

  public String getMyScoringChart() {
    return DashboardCharts.myScoring(getRound().mine());
  }

  /**
   * Reports donors' agreements ask for, overdue or due in the next two months: a donor viewer's own
   * donor's only (the service scopes them).
   */
  public List<ObligationRow> getReportsDue() {
    if (reportsDue == null) {
      reportsDue =
          SecurityUtils.getSubject().isPermitted(Permissions.FUNDING_READ)
                  || SecurityUtils.getSubject().isPermitted(Permissions.FUNDING_OWN)
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

package org.quicksilver.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.quicksilver.reference.CountryService;
import org.quicksilver.reference.RegionSummary;
import org.quicksilver.security.Permissions;

/** The dashboard's figures; each block shows only when the user's role may read it. */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CountryService countries;

  private List<RegionSummary> regions;

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

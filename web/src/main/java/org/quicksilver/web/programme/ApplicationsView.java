package org.quicksilver.web.programme;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quicksilver.programme.ApplicationForm;
import org.quicksilver.programme.ApplicationRow;
import org.quicksilver.programme.ApplicationService;
import org.quicksilver.programme.RoundRow;
import org.quicksilver.programme.RoundService;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Round;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/** Lists the applications one may see, filtered by round, Party and status; registers one. */
@Named
@ViewScoped
public class ApplicationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ApplicationService applications;
  @Inject private RoundService rounds;
  @Inject private UserSession session;

  private PagedList<ApplicationRow> list;
  private List<RoundRow> roundChoices;
  private List<CountryOption> countries;
  private Long roundFilter;
  private Long countryFilter;
  private ApplicationStatus statusFilter;
  private ApplicationForm form;
  private LocalDateTime receivedAt;

  @PostConstruct
  void init() {
    roundChoices = rounds.list();
    countries = applications.eligibleParties(session.getLocale());
    applyFilters();
  }

  /** The list again with the toolbar's filters; the service still applies its own scope. */
  public void applyFilters() {
    ApplicationService service = applications;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
    if (roundFilter != null) {
      list.restrictedTo("roundId", roundFilter.toString());
    }
    if (countryFilter != null) {
      list.restrictedTo("countryId", countryFilter.toString());
    }
    if (statusFilter != null) {
      list.restrictedTo("status", statusFilter.name());
    }
  }

  public void startNew() {
    form = new ApplicationForm();
    form.setRoundId(roundFilter != null ? roundFilter : latestRound());
    receivedAt = LocalDateTime.now(Round.GENEVA).withSecond(0).withNano(0);
  }

  /** Registers the application and opens its page. */
  public String register() {
    form.setReceivedAt(receivedAt.atZone(Round.GENEVA).toInstant());
    long id = applications.register(form);
    Texts.info("programme.app.registered", form.getTitle());
    Faces.getFlash().setKeepMessages(true);
    return "/programme/application?faces-redirect=true&id=" + id;
  }

  private Long latestRound() {
    return roundChoices.isEmpty() ? null : roundChoices.get(0).id();
  }

  public String countryName(ApplicationRow row) {
    return row.countryName(session.getLocale());
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public PagedList<ApplicationRow> getList() {
    return list;
  }

  public List<RoundRow> getRoundChoices() {
    return roundChoices;
  }

  public List<CountryOption> getCountries() {
    return countries;
  }

  public Long getRoundFilter() {
    return roundFilter;
  }

  public void setRoundFilter(Long roundFilter) {
    this.roundFilter = roundFilter;
  }

  public Long getCountryFilter() {
    return countryFilter;
  }

  public void setCountryFilter(Long countryFilter) {
    this.countryFilter = countryFilter;
  }

  public ApplicationStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(ApplicationStatus statusFilter) {
    this.statusFilter = statusFilter;
  }

  public ApplicationForm getForm() {
    return form;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(LocalDateTime receivedAt) {
    this.receivedAt = receivedAt;
  }
}

package org.quicksilver.web.reference;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.reference.CountryService;
import org.quicksilver.reference.OrganisationData;
import org.quicksilver.reference.OrganisationService;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/** Lists the organisations and edits one in a dialog. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private OrganisationService organisations;
  @Inject private CountryService countries;
  @Inject private UserSession session;

  private PagedList<OrganisationData> list;
  private OrganisationData form;
  private List<CountryOption> countryOptions;

  @PostConstruct
  void init() {
    OrganisationService service = organisations;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.getId()));
  }

  public void startNew() {
    form = new OrganisationData();
  }

  public void edit(long id) {
    form = organisations.get(id);
  }

  public void save() {
    if (form.getId() == null) {
      organisations.create(form);
    } else {
      organisations.update(form);
    }
    Texts.info("reference.organisation.saved", form.getName());
    form = null;
  }

  /** Loaded when the dialog first needs it, once per view. */
  public List<CountryOption> getCountryOptions() {
    if (countryOptions == null) {
      countryOptions = countries.options(session.getLocale());
    }
    return countryOptions;
  }

  public PagedList<OrganisationData> getList() {
    return list;
  }

  public OrganisationData getForm() {
    return form;
  }
}

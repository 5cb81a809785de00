package org.quicksilver.web.reference;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.reference.CountryData;
import org.quicksilver.reference.CountryService;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/** Lists the countries and edits one in a dialog. */
@Named
@ViewScoped
public class CountriesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CountryService countries;
  @Inject private UserSession session;

  private PagedList<CountryData> list;
  private CountryData form;

  @PostConstruct
  void init() {
    CountryService service = countries;
    String nameField = nameField();
    list =
        new PagedList<>(
            query -> service.list(withName(query, nameField)),
            filters -> service.count(withName(filters, nameField)),
            row -> String.valueOf(row.getId()));
  }

  public void startNew() {
    form = new CountryData();
  }

  public void edit(long id) {
    form = countries.get(id);
  }

  public void save() {
    if (form.getId() == null) {
      countries.create(form);
    } else {
      countries.update(form);
    }
    Texts.info("reference.country.saved", form.getIsoCode());
    form = null;
  }

  public String name(CountryData country) {
    return country.name(session.getLocale());
  }

  /** The table's "name" column is the name in the user's language. */
  private String nameField() {
    return switch (session.getLocale().getLanguage()) {
      case "fr" -> "nameFr";
      case "es" -> "nameEs";
      default -> "nameEn";
    };
  }

  private static PageQuery withName(PageQuery query, String nameField) {
    String sort = "name".equals(query.sortField()) ? nameField : query.sortField();
    return new PageQuery(
        query.first(), query.size(), sort, query.ascending(), withName(query.filters(), nameField));
  }

  private static Map<String, String> withName(Map<String, String> filters, String nameField) {
    Map<String, String> copy = new HashMap<>(filters);
    String name = copy.remove("name");
    if (name != null) {
      copy.put(nameField, name);
    }
    return copy;
  }

  public PagedList<CountryData> getList() {
    return list;
  }

  public CountryData getForm() {
    return form;
  }
}

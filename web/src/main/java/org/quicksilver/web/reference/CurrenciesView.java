package org.quicksilver.web.reference;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quicksilver.reference.CurrencyData;
import org.quicksilver.reference.CurrencyService;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** Lists the currencies and edits one in a dialog. */
@Named
@ViewScoped
public class CurrenciesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CurrencyService currencies;

  private PagedList<CurrencyData> list;
  private CurrencyData form;

  @PostConstruct
  void init() {
    CurrencyService service = currencies;
    list = new PagedList<>(service::list, service::count, CurrencyData::getCode);
  }

  public void startNew() {
    form = new CurrencyData();
  }

  public void edit(String code) {
    form = currencies.get(code);
  }

  public void save() {
    if (form.isPersisted()) {
      currencies.update(form);
    } else {
      currencies.create(form);
    }
    Texts.info("reference.currency.saved", form.getCode());
    form = null;
  }

  public PagedList<CurrencyData> getList() {
    return list;
  }

  public CurrencyData getForm() {
    return form;
  }
}

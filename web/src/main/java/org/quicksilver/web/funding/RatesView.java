package org.quicksilver.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.quicksilver.funding.ExchangeRateService;
import org.quicksilver.funding.FundingOptions;
import org.quicksilver.funding.RateForm;
import org.quicksilver.funding.RateRow;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** Lists the monthly UN operational rates and records or corrects one. */
@Named
@ViewScoped
public class RatesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ExchangeRateService rates;
  @Inject private FundingOptions options;

  private PagedList<RateRow> list;
  private RateForm form;
  private List<String> currencies;

  @PostConstruct
  void init() {
    ExchangeRateService service = rates;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  public void startNew() {
    form = new RateForm();
    form.setMonth(LocalDate.now().withDayOfMonth(1));
    if (currencies == null) {
      currencies = options.currencies();
    }
  }

  public void correct(RateRow row) {
    startNew();
    form = RateForm.correcting(row);
  }

  public void save() {
    rates.save(form);
    Texts.info("funding.rate.saved", form.getCurrencyCode());
    form = null;
  }

  public PagedList<RateRow> getList() {
    return list;
  }

  public RateForm getForm() {
    return form;
  }

  public List<String> getCurrencies() {
    return currencies;
  }
}

package org.quicksilver.reference;

import static org.quicksilver.security.Permissions.REFERENCE_READ;
import static org.quicksilver.security.Permissions.REFERENCE_WRITE;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Saves;

/** Lists and maintains the currencies. */
@Stateless
public class CurrencyService {
  @PersistenceContext private EntityManager em;

  private final ListQuery<Currency, CurrencyData> list =
      ListQuery.of(Currency.class, CurrencyData.class)
          .field("code", c -> c.get("code"))
          .field("name", c -> c.get("name"))
          .field("minorUnits", c -> c.get("minorUnits"))
          .uniqueBy("code")
          .defaultSort("code")
          .select(
              c -> List.of(c.get("code"), c.get("name"), c.get("minorUnits"), c.get("version")));

  @RequiresPermissions(REFERENCE_READ)
  public List<CurrencyData> list(@NotNull PageQuery query) {
    return list.rows(em, query);
  }

  @RequiresPermissions(REFERENCE_READ)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, filters);
  }

  @RequiresPermissions(REFERENCE_READ)
  public CurrencyData get(@NotNull String code) {
    Currency c = find(code);
    return new CurrencyData(c.getCode(), c.getName(), c.getMinorUnits(), c.getVersion());
  }

  @RequiresPermissions(REFERENCE_WRITE)
  public void create(@NotNull @Valid CurrencyData data) {
    if (em.find(Currency.class, data.getCode()) != null) {
      throw duplicate(data);
    }
    em.persist(new Currency(data.getCode(), data.getName().trim(), data.getMinorUnits()));
    Saves.flush(em, () -> duplicate(data));
  }

  @RequiresPermissions(REFERENCE_WRITE)
  public void update(@NotNull @Valid CurrencyData data) {
    Currency currency = find(data.getCode());
    Saves.checkVersion(data.getVersion(), currency.getVersion());
    currency.describe(data.getName().trim(), data.getMinorUnits());
    Saves.flush(em, () -> duplicate(data));
  }

  private Currency find(String code) {
    Currency currency = em.find(Currency.class, code);
    if (currency == null) {
      throw new RecordNotFoundException(code);
    }
    return currency;
  }

  private static DuplicateRecordException duplicate(CurrencyData data) {
    return new DuplicateRecordException("reference.currency.duplicate", data.getCode());
  }
}

package org.quicksilver.reference;

import static org.quicksilver.security.Permissions.REFERENCE_READ;
import static org.quicksilver.security.Permissions.REFERENCE_WRITE;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Saves;

/** Lists and maintains the countries. */
@Stateless
public class CountryService {
  @PersistenceContext private EntityManager em;

  private final ListQuery<Country, CountryData> list =
      ListQuery.of(Country.class, CountryData.class)
          .field("isoCode", c -> c.get("isoCode"))
          .field("nameEn", c -> c.get("nameEn"))
          .field("nameFr", c -> c.get("nameFr"))
          .field("nameEs", c -> c.get("nameEs"))
          .field("regionalGroup", c -> c.get("regionalGroup"))
          .field("conventionStatus", c -> c.get("conventionStatus"))
          .field("partySince", c -> c.get("partySince"))
          .field("sipEligibility", c -> c.get("sipEligibility"))
          .defaultSort("nameEn")
          .select(
              c ->
                  List.of(
                      c.get("id"),
                      c.get("version"),
                      c.get("isoCode"),
                      c.get("nameEn"),
                      c.get("nameFr"),
                      c.get("nameEs"),
                      c.get("regionalGroup"),
                      c.get("conventionStatus"),
                      c.get("partySince"),
                      c.get("sipEligibility")));

  @RequiresPermissions(REFERENCE_READ)
  public List<CountryData> list(@NotNull PageQuery query) {
    return list.rows(em, query);
  }

  @RequiresPermissions(REFERENCE_READ)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, filters);
  }

  @RequiresPermissions(REFERENCE_READ)
  public CountryData get(long id) {
    Country c = find(id);
    return new CountryData(
        c.getId(),
        c.getVersion(),
        c.getIsoCode(),
        c.name(Locale.ENGLISH),
        c.name(Locale.FRENCH),
        c.name(Locale.forLanguageTag("es")),
        c.getRegionalGroup(),
        c.getConventionStatus(),
        c.getPartySince(),
        c.getSipEligibility());
  }

  /** Every country, for drop-downs, sorted by its name in the given language. */
  @RequiresPermissions(REFERENCE_READ)
  public List<CountryOption> options(@NotNull Locale locale) {
    String name = nameColumn(locale);
    return em.createQuery(
            "select new org.quicksilver.reference.CountryOption(c.id, c.isoCode, c."
                + name
                + ") from Country c order by c."
                + name,
            CountryOption.class)
        .getResultList();
  }

  /** Countries, Parties and SIP-eligible Parties by regional group, in one query. */
  @RequiresPermissions(REFERENCE_READ)
  public List<RegionSummary> summaryByRegion() {
    return em.createQuery(
            "select new org.quicksilver.reference.RegionSummary(c.regionalGroup, count(c),"
                + " sum(case when c.conventionStatus = :party then 1 else 0 end),"
                + " sum(case when c.conventionStatus = :party and c.sipEligibility <> :none"
                + " then 1 else 0 end))"
                + " from Country c group by c.regionalGroup order by c.regionalGroup",
            RegionSummary.class)
        .setParameter("party", ConventionStatus.PARTY)
        .setParameter("none", SipEligibility.NOT_ELIGIBLE)
        .getResultList();
  }

  @RequiresPermissions(REFERENCE_WRITE)
  public long create(@NotNull @Valid CountryData data) {
    if (!em.createQuery("select c.id from Country c where c.isoCode = :code", Long.class)
        .setParameter("code", data.getIsoCode())
        .getResultList()
        .isEmpty()) {
      throw duplicate(data);
    }
    Country country = new Country(data.getIsoCode());
    apply(data, country);
    em.persist(country);
    Saves.flush(em, () -> duplicate(data));
    return country.getId();
  }

  @RequiresPermissions(REFERENCE_WRITE)
  public void update(@NotNull @Valid CountryData data) {
    Country country = find(data.getId());
    Saves.checkVersion(data.getVersion(), country.getVersion());
    apply(data, country);
    Saves.flush(em, () -> duplicate(data));
  }

  private static void apply(CountryData data, Country country) {
    country.rename(data.getNameEn().trim(), data.getNameFr().trim(), data.getNameEs().trim());
    country.placeIn(data.getRegionalGroup());
    country.standTowardsConvention(data.getConventionStatus(), data.getPartySince());
    country.classifyForSip(data.getSipEligibility());
  }

  private Country find(Long id) {
    Country country = id == null ? null : em.find(Country.class, id);
    if (country == null) {
      throw new RecordNotFoundException(id);
    }
    return country;
  }

  private static DuplicateRecordException duplicate(CountryData data) {
    return new DuplicateRecordException("reference.country.duplicate", data.getIsoCode());
  }

  /** The name column for a language; only these three strings ever reach the query. */
  static String nameColumn(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> "nameFr";
      case "es" -> "nameEs";
      default -> "nameEn";
    };
  }
}

package org.quicksilver.reference;

import static org.quicksilver.platform.ListQuery.leftJoin;
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

/** Lists and maintains the organisations: donors, UNEP units, secretariats, centres… */
@Stateless
public class OrganisationService {
  @PersistenceContext private EntityManager em;

  private final ListQuery<Organisation, OrganisationData> list =
      ListQuery.of(Organisation.class, OrganisationData.class)
          .field("name", o -> o.get("name"))
          .field("acronym", o -> o.get("acronym"))
          .field("kind", o -> o.get("kind"))
          .field("countryCode", o -> leftJoin(o, "country").get("isoCode"))
          .defaultSort("name")
          .select(
              o ->
                  List.of(
                      o.get("id"),
                      o.get("version"),
                      o.get("name"),
                      o.get("acronym"),
                      o.get("kind"),
                      leftJoin(o, "country").get("id"),
                      leftJoin(o, "country").get("isoCode")));

  @RequiresPermissions(REFERENCE_READ)
  public List<OrganisationData> list(@NotNull PageQuery query) {
    return list.rows(em, query);
  }

  @RequiresPermissions(REFERENCE_READ)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, filters);
  }

  @RequiresPermissions(REFERENCE_READ)
  public OrganisationData get(long id) {
    Organisation o = find(id);
    Country c = o.getCountry();
    return new OrganisationData(
        o.getId(),
        o.getVersion(),
        o.getName(),
        o.getAcronym(),
        o.getKind(),
        c == null ? null : c.getId(),
        c == null ? null : c.getIsoCode());
  }

  @RequiresPermissions(REFERENCE_WRITE)
  public long create(@NotNull @Valid OrganisationData data) {
    refuseDuplicateName(data, null);
    Organisation organisation =
        new Organisation(data.getName(), data.getAcronym(), data.getKind(), country(data));
    em.persist(organisation);
    Saves.flush(em, () -> duplicate(data));
    return organisation.getId();
  }

  @RequiresPermissions(REFERENCE_WRITE)
  public void update(@NotNull @Valid OrganisationData data) {
    Organisation organisation = find(data.getId());
    Saves.checkVersion(data.getVersion(), organisation.getVersion());
    refuseDuplicateName(data, organisation.getId());
    organisation.describe(data.getName(), data.getAcronym(), data.getKind(), country(data));
    Saves.flush(em, () -> duplicate(data));
  }

  private void refuseDuplicateName(OrganisationData data, Long self) {
    List<Long> same =
        em.createQuery(
                "select o.id from Organisation o where lower(o.name) = lower(:name)", Long.class)
            .setParameter("name", data.getName())
            .getResultList();
    if (same.stream().anyMatch(id -> !id.equals(self))) {
      throw duplicate(data);
    }
  }

  private Country country(OrganisationData data) {
    if (data.getCountryId() == null) {
      return null;
    }
    Country country = em.find(Country.class, data.getCountryId());
    if (country == null) {
      throw new RecordNotFoundException(data.getCountryId());
    }
    return country;
  }

  private Organisation find(Long id) {
    Organisation organisation = id == null ? null : em.find(Organisation.class, id);
    if (organisation == null) {
      throw new RecordNotFoundException(id);
    }
    return organisation;
  }

  private static DuplicateRecordException duplicate(OrganisationData data) {
    return new DuplicateRecordException("reference.organisation.duplicate", data.getName());
  }
}

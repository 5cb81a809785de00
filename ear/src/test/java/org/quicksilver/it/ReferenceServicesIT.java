package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.reference.ConventionStatus;
import org.quicksilver.reference.CountryData;
import org.quicksilver.reference.CountryService;
import org.quicksilver.reference.CurrencyData;
import org.quicksilver.reference.CurrencyService;
import org.quicksilver.reference.OrganisationData;
import org.quicksilver.reference.OrganisationKind;
import org.quicksilver.reference.OrganisationService;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reference.SipEligibility;

/** The reference-data services inside the server, on the configured database, as real users. */
@ExtendWith(ArquillianExtension.class)
class ReferenceServicesIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ReferenceServicesIT.class);
  }

  @Inject CountryService countries;
  @Inject CurrencyService currencies;
  @Inject OrganisationService organisations;

  @Test
  void allUnMemberStatesAreLoadedByTheMigrations() throws Exception {
    // this class's own test countries are all in Africa; the other groups are as migrated
    assertTrue(As.user("finance", () -> countries.count(Map.of())) >= 193);
    Map<RegionalGroup, Long> expected =
        Map.of(
            RegionalGroup.ASIA_PACIFIC, 54L,
            RegionalGroup.EASTERN_EUROPE, 23L,
            RegionalGroup.LATIN_AMERICA_CARIBBEAN, 33L,
            RegionalGroup.WESTERN_EUROPE_OTHERS, 29L);
    for (var group : expected.entrySet()) {
      Map<String, String> filter = Map.of("regionalGroup", group.getKey().name());
      assertEquals(group.getValue(), As.user("finance", () -> countries.count(filter)));
    }
    List<CountryData> argentina =
        As.user(
            "finance", () -> countries.list(PageQuery.firstPage(5).filteredBy("isoCode", "AR")));
    assertEquals(RegionalGroup.LATIN_AMERICA_CARIBBEAN, argentina.get(0).getRegionalGroup());
    assertTrue(argentina.get(0).isEligibleForSip());
  }

  @Test
  void listsPageSortAndFilterInTheDatabase() throws Exception {
    List<CountryData> firstTen =
        As.user("programme", () -> countries.list(new PageQuery(0, 10, "nameEn", false, null)));
    assertEquals(10, firstTen.size());
    for (int i = 1; i < firstTen.size(); i++) {
      assertTrue(firstTen.get(i - 1).getNameEn().compareTo(firstTen.get(i).getNameEn()) >= 0);
    }
    Map<String, String> africa = Map.of("regionalGroup", "AFRICA");
    long african = As.user("programme", () -> countries.count(africa));
    List<CountryData> page =
        As.user("programme", () -> countries.list(new PageQuery(0, 100, null, true, africa)));
    assertEquals(african, page.size());
    assertTrue(page.stream().allMatch(c -> c.getRegionalGroup() == RegionalGroup.AFRICA));
    // a crafted sort field is ignored, not passed to the database
    assertEquals(
        5,
        As.user(
                "programme",
                () -> countries.list(new PageQuery(0, 5, "id; drop table country", true, null)))
            .size());
  }

  @Test
  void aRoleWithoutThePermissionIsRefusedByTheService() throws Exception {
    CountryData country = newCountry("XQ");
    assertThrows(
        AuthorizationException.class, () -> As.user("finance", () -> countries.create(country)));
    assertThrows(
        AuthorizationException.class, () -> As.user("donor", () -> countries.count(Map.of())));
    CurrencyData currency = newCurrency("XQQ", 2);
    assertThrows(
        AuthorizationException.class, () -> As.user("member", () -> currencies.create(currency)));
  }

  @Test
  void aDuplicateCodeIsRefusedWithAMessageKey() throws Exception {
    As.user("admin", () -> countries.create(newCountry("XD")));
    DuplicateRecordException duplicate =
        assertThrows(
            DuplicateRecordException.class,
            () -> As.user("admin", () -> countries.create(newCountry("XD"))));
    assertEquals("reference.country.duplicate", duplicate.messageKey());

    As.user("admin", () -> currencies.create(newCurrency("XDD", 3)));
    assertThrows(
        DuplicateRecordException.class,
        () -> As.user("admin", () -> currencies.create(newCurrency("XDD", 0))));
    assertEquals(3, As.user("admin", () -> currencies.get("XDD")).getMinorUnits());
  }

  @Test
  void aStaleSaveIsRefusedAndOverwritesNothing() throws Exception {
    long id = As.user("admin", () -> countries.create(newCountry("XS")));
    CountryData mine = As.user("admin", () -> countries.get(id));
    CountryData theirs = As.user("admin", () -> countries.get(id));
    theirs.setNameEn("Saved first");
    As.user("admin", () -> countries.update(theirs));
    mine.setNameEn("Saved second");
    assertThrows(
        ConcurrentChangeException.class, () -> As.user("admin", () -> countries.update(mine)));
    assertEquals("Saved first", As.user("admin", () -> countries.get(id)).getNameEn());
  }

  @Test
  void aPartyNeedsTheDateItBecameOne() throws Exception {
    CountryData party = newCountry("XP");
    party.setConventionStatus(ConventionStatus.PARTY);
    assertThrows(
        InvalidInputException.class, () -> As.user("admin", () -> countries.create(party)));
    assertEquals(0, As.user("admin", () -> countries.count(Map.of("isoCode", "XP"))).longValue());
    party.setPartySince(LocalDate.of(2018, 3, 1));
    As.user("admin", () -> countries.create(party));
    assertEquals(1, As.user("admin", () -> countries.count(Map.of("isoCode", "XP"))).longValue());
  }

  @Test
  void organisationsAreListedWithTheirCountryAndNamesAreUnique() throws Exception {
    OrganisationData org = new OrganisationData();
    org.setName("Test Centre for Mercury Monitoring");
    org.setKind(OrganisationKind.REGIONAL_CENTRE);
    As.user("admin", () -> organisations.create(org));
    OrganisationData sameName = new OrganisationData();
    sameName.setName("test centre for mercury monitoring");
    sameName.setKind(OrganisationKind.OTHER);
    assertThrows(
        DuplicateRecordException.class,
        () -> As.user("admin", () -> organisations.create(sameName)));

    List<OrganisationData> regionalCentres =
        As.user(
            "programme",
            () ->
                organisations.list(
                    new PageQuery(0, 50, "name", true, Map.of("kind", "REGIONAL_CENTRE"))));
    assertTrue(regionalCentres.size() >= 5, "the four demo centres and this test's");
    assertTrue(
        regionalCentres.stream()
            .anyMatch(o -> "CZ".equals(o.getCountryCode()) && o.getName().contains("Brno")));
  }

  private static CountryData newCountry(String code) {
    CountryData c = new CountryData();
    c.setIsoCode(code);
    c.setNameEn("Testland " + code);
    c.setNameFr("Testlande " + code);
    c.setNameEs("Testlandia " + code);
    c.setRegionalGroup(RegionalGroup.AFRICA);
    c.setConventionStatus(ConventionStatus.SIGNATORY);
    c.setSipEligibility(SipEligibility.DEVELOPING_COUNTRY);
    return c;
  }

  private static CurrencyData newCurrency(String code, int minorUnits) {
    CurrencyData c = new CurrencyData();
    c.setCode(code);
    c.setName("Test currency " + code);
    c.setMinorUnits(minorUnits);
    return c;
  }
}

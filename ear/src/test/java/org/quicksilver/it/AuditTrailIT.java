package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.PledgeForm;
import org.quicksilver.funding.PledgeKind;
import org.quicksilver.funding.PledgeService;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.audit.AuditedKind;
import org.quicksilver.platform.audit.FieldChange;
import org.quicksilver.platform.audit.HistoryEntry;
import org.quicksilver.platform.audit.HistoryEntry.ChangeKind;
import org.quicksilver.platform.audit.RecordHistoryService;
import org.quicksilver.reference.OrganisationData;
import org.quicksilver.reference.OrganisationKind;
import org.quicksilver.reference.OrganisationService;
import org.quicksilver.security.UserAdministration;
import org.quicksilver.security.UserData;

/**
 * The audit trail on the configured database: every change keeps who, when and the old and new
 * values, and the history is readable only by those who may read the record.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(AuditTrailIT.class);
  }

  @Inject PledgeService pledges;
  @Inject OrganisationService organisations;
  @Inject UserAdministration users;
  @Inject RecordHistoryService history;
  @PersistenceContext EntityManager em;

  @Test
  void aPledgesHistoryShowsWhoRecordedItAndTheWriteOffWithOldAndNewValues() throws Exception {
    PledgeForm form = new PledgeForm();
    form.setDonorId(organisation("Government of Norway"));
    form.setEarmarkId(
        em.createQuery("select e.id from Earmark e where e.code = 'UNEARMARKED'", Long.class)
            .setMaxResults(1)
            .getSingleResult());
    form.setKind(PledgeKind.PLEDGE);
    form.setReference("IT-AUDIT-" + System.nanoTime());
    form.setPledgedOn(LocalDate.of(2018, 3, 1));
    form.setExpectedBy(LocalDate.of(2018, 12, 31));
    form.setAmount(new BigDecimal("25000"));
    form.setCurrencyCode("NOK");
    long id = As.user("finance", () -> pledges.record(form));
    long version =
        em.createQuery("select p.version from Pledge p where p.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    As.user(
        "finance",
        () -> {
          pledges.writeOff(id, version, "Donor withdrew the pledge");
          return null;
        });

    List<HistoryEntry> entries =
        As.user("admin", () -> history.historyOf(AuditedKind.PLEDGE, String.valueOf(id)));

    assertEquals(2, entries.size());
    HistoryEntry created = entries.get(0);
    assertEquals(ChangeKind.CREATED, created.kind());
    assertEquals("finance", created.username());
    assertEquals("25000.0000", change(created, "amount").after());
    assertEquals("Government of Norway", change(created, "donor").after());
    assertEquals("PLEDGE", change(created, "kind").after());
    assertEquals("PledgeKind", change(created, "kind").enumType());
    HistoryEntry writtenOff = entries.get(1);
    assertEquals(ChangeKind.CHANGED, writtenOff.kind());
    assertEquals("finance", writtenOff.username());
    FieldChange reason = change(writtenOff, "writeOffReason");
    assertNull(reason.before());
    assertEquals("Donor withdrew the pledge", reason.after());
    assertEquals(
        Set.of("writeOffReason", "writtenOffOn"),
        writtenOff.changes().stream().map(FieldChange::field).collect(toSet()),
        "only what changed");
    assertTrue(writtenOff.revision() > created.revision());
    assertFalse(writtenOff.at().isBefore(created.at()));
  }

  @Test
  void anOrganisationsRenameKeepsTheOldName() throws Exception {
    OrganisationData data = new OrganisationData();
    data.setName("Audit Test Centre " + System.nanoTime());
    data.setKind(OrganisationKind.NGO);
    long id = As.user("admin", () -> organisations.create(data));
    OrganisationData saved = As.user("admin", () -> organisations.get(id));
    String oldName = saved.getName();
    saved.setName(oldName + " (renamed)");
    As.user(
        "admin",
        () -> {
          organisations.update(saved);
          return null;
        });

    List<HistoryEntry> entries =
        As.user("programme", () -> history.historyOf(AuditedKind.ORGANISATION, "" + id));

    FieldChange rename = change(entries.get(entries.size() - 1), "name");
    assertEquals(oldName, rename.before());
    assertEquals(oldName + " (renamed)", rename.after());
    assertEquals("admin", entries.get(entries.size() - 1).username());
  }

  @Test
  void aUsersHistoryNeverHoldsThePasswordHash() throws Exception {
    UserData data = new UserData();
    data.setUsername("audit.user" + System.nanoTime() % 100000);
    data.setDisplayName("Audit User");
    data.setActive(true);
    data.setRoles(List.of("programme_officer"));
    data.setNewPassword("a long enough password");
    long id = As.user("admin", () -> users.create(data));

    List<HistoryEntry> entries =
        As.user("admin", () -> history.historyOf(AuditedKind.USER, "" + id));

    assertEquals(1, entries.size());
    List<String> fields = entries.get(0).changes().stream().map(FieldChange::field).toList();
    assertTrue(fields.contains("roles"), fields.toString());
    assertFalse(fields.contains("passwordHash"), fields.toString());
    assertEquals("programme_officer", change(entries.get(0), "roles").after());
  }

  @Test
  void theHistoryIsRefusedToThoseWhoMayNotReadTheRecord() {
    assertThrows(
        AuthorizationException.class,
        () -> As.user("donor", () -> history.historyOf(AuditedKind.PLEDGE, "1")));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("finance", () -> history.historyOf(AuditedKind.USER, "1")));
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("admin", () -> history.historyOf(AuditedKind.PLEDGE, "1 or 1=1")));
    assertEquals("history.badId", bad.messageKey());
  }

  private static FieldChange change(HistoryEntry entry, String field) {
    return entry.changes().stream()
        .filter(c -> c.field().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError(field + " not in " + entry.changes()));
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return java.util.stream.Collectors.toSet();
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }
}

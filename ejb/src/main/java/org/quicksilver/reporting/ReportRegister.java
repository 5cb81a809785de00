package org.quicksilver.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.quicksilver.security.CurrentUser;

/**
 * Keeps every generated report, byte for byte, with its SHA-256. Internal: the report services call
 * it after their own permission checks, in their own transaction.
 */
@Stateless
public class ReportRegister {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KeptReports kept;

  public long keep(ReportDescription description, ReportFile file) {
    var report =
        new GeneratedReport(
            description, file, sha256(file.content()), CurrentUser.username(), Instant.now(clock));
    em.persist(report);
    em.flush();
    em.persist(new GeneratedReportContent(report.getId(), file.content()));
    kept.kept(report.getId());
    return report.getId();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}

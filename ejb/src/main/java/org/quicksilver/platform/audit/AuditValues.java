package org.quicksilver.platform.audit;

import jakarta.persistence.EntityNotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.proxy.HibernateProxy;

/** How an audited value is written in a history: the same way whatever the user's language. */
final class AuditValues {
  private AuditValues() {}

  /**
   * A related record's label as the audit trail knows it; a record written to the database without
   * going through the services has no audit row, and is then named by its id.
   */
  private static String label(Labelled related) {
    try {
      return related.auditLabel();
    } catch (EntityNotFoundException noAuditRow) {
      return related instanceof HibernateProxy proxy
          ? "#" + proxy.getHibernateLazyInitializer().getInternalIdentifier()
          : "?";
    }
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Labelled labelled) {
      return label(labelled);
    }
    if (value instanceof Instant instant) {
      return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty() ? null : new TreeMap<>(map).toString();
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty()
          ? null
          : items.stream().map(AuditValues::text).sorted().collect(Collectors.joining(", "));
    }
    return value.toString();
  }
}

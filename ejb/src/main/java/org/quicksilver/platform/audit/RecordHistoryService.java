package org.quicksilver.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.shiro.SecurityUtils;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.audit.HistoryEntry.ChangeKind;

/**
 * The history of one record from the audit trail: each revision with who, when and the fields it
 * changed (old and new values). Records loaded by a migration start with the baseline revision
 * {@link AuditBaseline} writes at start-up.
 */
@Stateless
public class RecordHistoryService {
  @PersistenceContext private EntityManager em;

  /**
   * @throws org.apache.shiro.authz.AuthorizationException if the user may not read that kind of
   *     record
   */
  public List<HistoryEntry> historyOf(@NotNull AuditedKind kind, @NotBlank String id) {
    SecurityUtils.getSubject().checkPermission(kind.permission());
    Serializable key = parse(kind, id);
    List<?> revisions =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(kind.entity(), false, true)
            .add(AuditEntity.id().eq(key))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    List<Field> fields = auditedFields(kind.entity());
    List<HistoryEntry> history = new ArrayList<>(revisions.size());
    Object before = null;
    for (Object row : revisions) {
      Object[] triple = (Object[]) row;
      Object after = triple[0];
      AuditRevision revision = (AuditRevision) triple[1];
      ChangeKind change = kind((RevisionType) triple[2]);
      history.add(
          new HistoryEntry(
              revision.getId(),
              revision.at(),
              revision.username(),
              change,
              changes(fields, change == ChangeKind.CREATED ? null : before, after)));
      before = after;
    }
    return history;
  }

  private static Serializable parse(AuditedKind kind, String id) {
    try {
      return kind.id(id);
    } catch (NumberFormatException notAnId) {
      throw new InvalidInputException("history.badId", id);
    }
  }

  private static ChangeKind kind(RevisionType type) {
    return switch (type) {
      case ADD -> ChangeKind.CREATED;
      case MOD -> ChangeKind.CHANGED;
      case DEL -> ChangeKind.DELETED;
    };
  }

  private static List<FieldChange> changes(List<Field> fields, Object before, Object after) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field field : fields) {
      String old = before == null ? null : AuditValues.text(read(field, before));
      String now = AuditValues.text(read(field, after));
      if (!Objects.equals(old, now)) {
        changes.add(
            new FieldChange(
                field.getName(),
                old,
                now,
                field.getType().isEnum() ? field.getType().getSimpleName() : null));
      }
    }
    return changes;
  }

  private static List<Field> auditedFields(Class<?> entity) {
    List<Field> fields = new ArrayList<>();
    for (Field field : entity.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || field.isAnnotationPresent(Id.class)
          || field.isAnnotationPresent(Version.class)
          || field.isAnnotationPresent(NotAudited.class)
          || field.isAnnotationPresent(Transient.class)) {
        continue;
      }
      field.setAccessible(true);
      fields.add(field);
    }
    return fields;
  }

  private static Object read(Field field, Object entity) {
    try {
      return field.get(entity);
    } catch (IllegalAccessException cannotHappenAfterSetAccessible) {
      throw new IllegalStateException(cannotHappenAfterSetAccessible);
    }
  }
}

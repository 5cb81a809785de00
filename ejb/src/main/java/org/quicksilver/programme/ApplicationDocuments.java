package org.quicksilver.programme;

import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.CurrentUser;

/**
 * Stores and serves an application's files. A file is kept only if it is one of the allowed kinds
 * by its own bytes (not by the type the browser declared), no larger than the limit, and named as
 * its kind is; its SHA-256 is recorded so a download can be checked against it.
 */
final class ApplicationDocuments {
  /** The largest file accepted: 10 MB, the server's own limit on a request. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final EntityManager em;
  private final Clock clock;

  ApplicationDocuments(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  long attach(
      Application application,
      AttachmentKind kind,
      String fileName,
      String declaredType,
      byte[] content) {
    if (content.length == 0) {
      throw new InvalidInputException("programme.attachment.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("programme.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String name = cleanName(fileName);
    AttachmentFileType type =
        AttachmentFileType.detect(content)
            .orElseThrow(() -> new InvalidInputException("programme.attachment.typeRefused", name));
    if (!type.fitsDeclared(declaredType) || !type.fitsName(name)) {
      throw new InvalidInputException("programme.attachment.typeMismatch", name, type.name());
    }
    Attachment attachment =
        new Attachment(
            application,
            kind,
            name,
            type.contentType(),
            content.length,
            sha256(content),
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.getId(), content));
    return attachment.getId();
  }

  AttachmentFile content(Attachment attachment) {
    AttachmentContent stored = em.find(AttachmentContent.class, attachment.getId());
    if (stored == null) {
      throw new RecordNotFoundException(attachment.getId());
    }
    return new AttachmentFile(
        attachment.getFileName(), attachment.getContentType(), stored.getContent());
  }

  /** The last part of the name (browsers may send a path), without control characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new InvalidInputException("programme.attachment.nameRequired");
    }
    if (name.length() > 255) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 255 - extension.length()) + extension;
    }
    return name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }
}

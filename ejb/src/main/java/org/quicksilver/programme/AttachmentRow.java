package org.quicksilver.programme;

import java.io.Serializable;
import java.time.Instant;

/** An attached file as lists show it; its bytes are fetched only when downloaded. */
public record AttachmentRow(
    Long id,
    AttachmentKind kind,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy)
    implements Serializable {}

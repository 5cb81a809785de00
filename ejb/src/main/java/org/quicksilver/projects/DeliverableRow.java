package org.quicksilver.projects;

import java.io.Serializable;

/** A document an activity produced. */
public record DeliverableRow(
    Long id, DeliverableKind kind, String title, String languages, String url)
    implements Serializable {}

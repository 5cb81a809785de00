package org.quicksilver.funding;

import java.io.Serializable;

/** A choice in a drop-down: an id and what the user reads. */
public record Option(Long id, String label) implements Serializable {}

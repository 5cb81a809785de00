package org.quicksilver.programme;

import java.io.Serializable;
import org.quicksilver.programme.rules.ApplicationStatus;

/** How many of a round's applications stand at one status. */
public record StatusCount(ApplicationStatus status, long count) implements Serializable {}

package org.quicksilver.programme;

import java.io.Serializable;

/** A user account that may take a committee seat (it holds a committee role). */
public record AccountOption(String username, String displayName) implements Serializable {}

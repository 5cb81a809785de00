package org.quicksilver.programme;

import java.io.Serializable;

/** A round to choose, e.g. on the ranking page. */
public record RoundOption(Long id, int number, String title) implements Serializable {}

package org.quicksilver.projects;

import java.io.Serializable;

/** A labelled count in a table of totals (a region, a gender, a country). */
public record Line(String key, String label, int count) implements Serializable {}

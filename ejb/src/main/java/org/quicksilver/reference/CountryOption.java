package org.quicksilver.reference;

import java.io.Serializable;

/** A country in a drop-down: id, code and the name in the user's language. */
public record CountryOption(Long id, String isoCode, String name) implements Serializable {}

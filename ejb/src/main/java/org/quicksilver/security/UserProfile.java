package org.quicksilver.security;

import java.io.Serializable;

/** The signed-in user as the page header shows them. */
public record UserProfile(String username, String displayName, Language language)
    implements Serializable {}

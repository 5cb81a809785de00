package org.quicksilver.security;

/** What the log-in needs to know about an account: its hash and whether it may sign in. */
public record StoredCredentials(String username, String passwordHash, boolean active) {}

package org.quicksilver.security;

import java.io.Serializable;
import java.util.Set;

/** The roles a user holds and the permissions those roles grant. */
public record Authorities(Set<String> roles, Set<String> permissions) implements Serializable {
  public Authorities {
    roles = Set.copyOf(roles);
    permissions = Set.copyOf(permissions);
  }
}

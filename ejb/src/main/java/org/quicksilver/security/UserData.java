package org.quicksilver.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An account as the administrators' list shows it and their form edits it (never a hash). */
public class UserData implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;

  @NotBlank
  @Size(max = 60)
  @Pattern(regexp = "[a-z0-9._-]+", message = "{quicksilver.username}")
  private String username;

  @NotBlank
  @Size(max = 120)
  private String displayName;

  private boolean active = true;
  private List<String> roles = new ArrayList<>();

  /** Only for a new account or a reset; never read back. */
  @Size(min = 12, max = 200, message = "{quicksilver.passwordLength}")
  private String newPassword;

  public UserData() {}

  public UserData(Long id, long version, String username, String displayName, boolean active) {
    this.id = id;
    this.version = version;
    this.username = username;
    this.displayName = displayName;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName == null ? null : displayName.trim();
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword == null || newPassword.isEmpty() ? null : newPassword;
  }
}

package org.quicksilver.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in. The password is kept only as a slow (Argon2id) hash. */
@Entity
@Audited
@Table(name = "app_user")
public class UserAccount {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  // Never copied into the audit trail.
  @NotAudited
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String language = "en";

  @Column(nullable = false)
  private boolean active = true;

  /** For a donor viewer: the one donor (organisation) whose contributions they may see. */
  @Column(name = "donor_id")
  private Long donorId;

  @ElementCollection
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role_code")
  private Set<String> roles = new HashSet<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String passwordHash) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
  }

  public void grant(String role) {
    roles.add(role);
  }

  /** Replaces the roles; which codes exist is checked by the service against table app_role. */
  public void holdOnly(Set<String> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public void activate(boolean isActive) {
    this.active = isActive;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  public long getVersion() {
    return version;
  }

  public void speak(Language language) {
    this.language = language.code();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Language getLanguage() {
    return Language.fromCode(language);
  }

  public Long getDonorId() {
    return donorId;
  }

  public void tieToDonor(Long organisationId) {
    this.donorId = organisationId;
  }

  public boolean isActive() {
    return active;
  }
}

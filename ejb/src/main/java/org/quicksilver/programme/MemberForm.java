package org.quicksilver.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A seat on the committee as a programme officer enters it, for an existing user account. */
public class MemberForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = 60)
  private String username;

  @NotBlank
  @Size(max = 120)
  private String fullName;

  @NotNull private Long countryId;
  @NotNull private MemberRole role = MemberRole.MEMBER;
  @NotNull private LocalDate termStart;
  private LocalDate termEnd;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public MemberRole getRole() {
    return role;
  }

  public void setRole(MemberRole role) {
    this.role = role;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public void setTermStart(LocalDate termStart) {
    this.termStart = termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public void setTermEnd(LocalDate termEnd) {
    this.termEnd = termEnd;
  }
}

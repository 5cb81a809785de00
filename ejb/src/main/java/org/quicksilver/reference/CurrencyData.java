package org.quicksilver.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** A currency as lists show it and forms edit it. */
public class CurrencyData implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean persisted;
  private long version;

  @NotBlank
  @Pattern(regexp = "[A-Z]{3}", message = "{quicksilver.isoCurrencyCode}")
  private String code;

  @NotBlank
  @Size(max = 100)
  private String name;

  @Min(0)
  @Max(4)
  private int minorUnits = 2;

  public CurrencyData() {}

  public CurrencyData(String code, String name, int minorUnits, long version) {
    this.persisted = true;
    this.code = code;
    this.name = name;
    this.minorUnits = minorUnits;
    this.version = version;
  }

  public boolean isPersisted() {
    return persisted;
  }

  public long getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getMinorUnits() {
    return minorUnits;
  }

  public void setMinorUnits(int minorUnits) {
    this.minorUnits = minorUnits;
  }
}

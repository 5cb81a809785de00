package org.quicksilver.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Moments shown on the secretariat's clock (Geneva), in the view's language: Faces 4.0's date
 * converter has no type for an {@link Instant}.
 */
@Named
@ApplicationScoped
public class SecretariatTime {
  private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

  public String format(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
        .format(at.atZone(GENEVA));
  }
}

package org.quicksilver.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.apache.shiro.SecurityUtils;
import org.quicksilver.security.Language;
import org.quicksilver.security.UserDirectory;
import org.quicksilver.security.UserProfile;

/**
 * The signed-in user as every page shows them, and the language they read Quicksilver in. Small and
 * Serializable: it travels with the session across the cluster.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private UserDirectory directory;

  private UserProfile profile;
  private Language language;

  public String getDisplayName() {
    UserProfile me = profile();
    return me == null ? "" : me.displayName();
  }

  /** Before log-in the browser's language; after, the one the user chose last time. */
  public Locale getLocale() {
    return language().locale();
  }

  public String getLanguageCode() {
    return language().code();
  }

  private Language language() {
    if (language != null) {
      return language;
    }
    UserProfile me = profile();
    if (me == null) {
      return fromBrowser();
    }
    language = me.language();
    return language;
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  /** Switches the language now and remembers it for the user's next visit. */
  public void speak(String code) throws IOException {
    language = Language.fromCode(code);
    if (profile() != null) {
      directory.speak(language);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    String view = faces.getViewRoot().getViewId();
    external.redirect(external.getRequestContextPath() + view);
  }

  private UserProfile profile() {
    if (profile == null && SecurityUtils.getSubject().isAuthenticated()) {
      profile = directory.me();
    }
    return profile;
  }

  private static Language fromBrowser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale requested =
        faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
    return Language.fromCode(requested.getLanguage());
  }
}

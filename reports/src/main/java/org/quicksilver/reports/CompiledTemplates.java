package org.quicksilver.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Loads the {@code .jasper} files the build compiled into this jar, each once, and keeps them.
 *
 * <p>A {@link JasperReport} is read-only once loaded, so one instance can fill many reports at
 * once.
 */
final class CompiledTemplates {

  static final String LOCATION = "org/quicksilver/reports/templates/";

  // Names go into a class path resource name: keep out "..", "/" and anything else surprising.
  private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

  JasperReport get(String name) {
    if (!VALID_NAME.matcher(name).matches()) {
      throw new UnknownTemplateException(
          "'" + name + "' is not a report template name (lower-case words joined by '-')");
    }
    return loaded.computeIfAbsent(name, CompiledTemplates::load);
  }

  private static JasperReport load(String name) {
    String resource = LOCATION + name + ".jasper";
    try (InputStream in = CompiledTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnknownTemplateException(
            "No report template '" + name + "': " + resource + " is not on the class path");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new ReportRenderingException("Could not load report template " + resource, e);
    }
  }
}

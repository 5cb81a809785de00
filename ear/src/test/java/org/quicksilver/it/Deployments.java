package org.quicksilver.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR this build produced, as Arquillian deploys it: the real thing, not a test assembly. */
final class Deployments {
  static final String WAR = "quicksilver-web.war";

  private Deployments() {}

  /** The EAR unchanged, for tests that drive it from outside (HTTP, browser). */
  static EnterpriseArchive application() {
    // Each deployment gets a file name of its own: WildFly names a deployment's services after
    // it, and the next test class's deployment once collided with the previous one's services
    // still being removed ("jboss.persistenceunit ... not found"). The application name and the
    // context root come from application.xml, so nothing else changes.
    EnterpriseArchive built =
        ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(earPath()));
    return ShrinkWrap.create(EnterpriseArchive.class, "quicksilver-" + System.nanoTime() + ".ear")
        .merge(built);
  }

  /**
   * The EAR with test classes added to its WAR, for tests that call the services inside the server.
   * Arquillian's runner servlet is let through Shiro: the test, not the URL rule, then signs in the
   * user it acts as.
   */
  static EnterpriseArchive withTests(Class<?>... classes) {
    EnterpriseArchive ear = application();
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(classes);
    war.addClass(As.class);
    war.add(new StringAsset(shiroIniWithRunner()), "WEB-INF/shiro.ini");
    return ear;
  }

  private static String shiroIniWithRunner() {
    try {
      String ini =
          Files.readString(
              Path.of("../web/src/main/webapp/WEB-INF/shiro.ini"), StandardCharsets.UTF_8);
      return ini.replace("[urls]\n", "[urls]\n/ArquillianServletRunner* = anon\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String earPath() {
    return System.getProperty("it.ear", "target/quicksilver.ear");
  }
}

package org.quicksilver.it;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.context.ContainerContext;
import org.jboss.arquillian.container.spi.context.DeploymentContext;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys a test archive a second time when WildFly failed it on a start-up race of its own: Weld's
 * start service sometimes looks for the persistence unit's service before the JPA subsystem has
 * installed it ("service jboss.persistenceunit ... not found" in WeldStartService). WildFly rolls
 * that deployment back completely, so deploying again is safe. Seen a few times in a hundred
 * deployments, under load, on H2 and PostgreSQL alike; any other deployment failure is reported at
 * once. Registered in META-INF/services for Arquillian's client side.
 */
public final class DeploymentRetry implements LoadableExtension {
  private static final Logger LOG = Logger.getLogger(DeploymentRetry.class.getName());

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Interceptor.class);
  }

  /** Arquillian's interceptor of the deploy event (an observer of its event context). */
  public static final class Interceptor {
    @Inject private Instance<ContainerContext> containerContext;
    @Inject private Instance<DeploymentContext> deploymentContext;

    public void deploy(@Observes EventContext<DeployDeployment> context) {
      try {
        context.proceed();
      } catch (RuntimeException failed) {
        if (!persistenceUnitRace(failed)) {
          throw failed;
        }
        LOG.warning(
            "Deployment lost WildFly's race between Weld and the persistence unit; deploying again: "
                + failed);
        // The first attempt left the container's and deployment's contexts; the second runs the
        // deploy observers directly, so it needs them active again.
        DeployDeployment event = context.getEvent();
        containerContext.get().activate(event.getContainerName());
        deploymentContext.get().activate(event.getDeployment());
        try {
          context.proceed();
        } finally {
          deploymentContext.get().deactivate();
          containerContext.get().deactivate();
        }
      }
    }

    private static boolean persistenceUnitRace(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        String message = String.valueOf(t.getMessage());
        if (message.contains("WeldStartService")
            && message.contains("jboss.persistenceunit")
            && message.contains("not found")) {
          return true;
        }
      }
      return false;
    }
  }
}

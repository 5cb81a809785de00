package org.quicksilver.it;

import java.util.concurrent.Callable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.Subject;

/** Runs a piece of a test as a signed-in demo user, through the application's own realm. */
public final class As {
  public static final String DEMO_PASSWORD = "quicksilver-demo";

  private As() {}

  public static <T> T user(String username, Callable<T> work) throws Exception {
    return user(username, DEMO_PASSWORD, work);
  }

  public static <T> T user(String username, String password, Callable<T> work) throws Exception {
    Subject subject =
        new Subject.Builder(SecurityUtils.getSecurityManager())
            .sessionCreationEnabled(false)
            .buildSubject();
    subject.login(new UsernamePasswordToken(username, password));
    try {
      return subject.execute(work);
    } catch (ExecutionException wrapped) {
      // hand the service's own exception to the test, as a caller would see it
      if (wrapped.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw wrapped;
    } finally {
      subject.logout();
    }
  }

  public static void user(String username, Runnable work) throws Exception {
    user(
        username,
        () -> {
          work.run();
          return null;
        });
  }
}

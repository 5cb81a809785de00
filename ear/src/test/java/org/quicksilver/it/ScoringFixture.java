package org.quicksilver.it;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.quicksilver.programme.MemberRole;

/**
 * Sets up, inside the server, what a browser test of scoring needs and answers the ids as
 * "key=value" lines: a new round with an application for the demo user {@code member} to score
 * (another member has already submitted theirs), and one they are recused from (their own country,
 * or a declared conflict if their country cannot apply). Deployed only with the browser test.
 */
@WebServlet("/it/scoring-fixture")
public class ScoringFixture extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @PersistenceContext private transient EntityManager em;
  @Resource private transient UserTransaction tx;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(setUp());
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private String setUp() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    Set<String> used = new HashSet<>();
    String memberCountry = data.seatCountry("member").orElse(null);
    if (memberCountry == null) {
      memberCountry = data.seat("member", data.eligibleCountry(used), MemberRole.MEMBER);
    }
    used.add(memberCountry);
    String other = "it-o" + Long.toString(System.nanoTime(), 36);
    used.add(data.seat(other, data.eligibleCountry(used), MemberRole.MEMBER));
    String title = "Mercury-added products phase-out " + System.nanoTime();
    long application = data.application(round, data.eligibleCountry(used), title, "120000.00");
    data.submittedSheet(other, application, 4, 3, 2);

    String recusedTitle = "Recused application " + System.nanoTime();
    long recused;
    if (data.isEligible(memberCountry)) {
      recused = data.application(round, memberCountry, recusedTitle, "95000.00");
    } else {
      recused = data.application(round, data.eligibleCountry(used), recusedTitle, "95000.00");
      data.conflict("member", recused, "Declared for the browser test");
    }
    return "round="
        + round
        + "\napplication="
        + application
        + "\nreference="
        + data.reference(application)
        + "\ntitle="
        + title
        + "\nother=Test "
        + other
        + "\nrecused="
        + recused
        + "\nrecusedReference="
        + data.reference(recused)
        + "\nrecusedTitle="
        + recusedTitle
        + "\n";
  }
}

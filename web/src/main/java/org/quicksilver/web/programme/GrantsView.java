package org.quicksilver.web.programme;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.programme.AgendaItem;
import org.quicksilver.programme.GrantRow;
import org.quicksilver.programme.GrantService;
import org.quicksilver.web.platform.Access;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** Grants, and the approvals still waiting to become one. */
@Named
@ViewScoped
public class GrantsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private GrantService grants;
  @Inject private Access access;

  private PagedList<GrantRow> list;
  private List<AgendaItem> awaiting;
  private AgendaItem awarding;
  private String reference;

  @PostConstruct
  void init() {
    GrantService service = grants;
    list = new PagedList<>(service::list, service::count, row -> row.id().toString());
  }

  public List<AgendaItem> getAwaiting() {
    if (awaiting == null) {
      awaiting = access.permitted("programme:manage") ? grants.awaitingGrant() : List.of();
    }
    return awaiting;
  }

  public void startAward(AgendaItem item) {
    awarding = item;
    reference = "SIP-" + item.reference();
  }

  public void award() {
    grants.award(awarding.decisionId(), reference);
    Texts.info("programme.grant.awarded", reference);
    awarding = null;
    awaiting = null;
  }

  public PagedList<GrantRow> getList() {
    return list;
  }

  public AgendaItem getAwarding() {
    return awarding;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}

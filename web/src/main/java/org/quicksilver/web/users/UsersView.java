package org.quicksilver.web.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.security.UserAdministration;
import org.quicksilver.security.UserData;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** Lists the accounts and edits one (name, roles, sign-in allowed, password reset) in a dialog. */
@Named
@ViewScoped
public class UsersView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private UserAdministration users;

  private PagedList<UserData> list;
  private List<String> roles;
  private UserData form;

  @PostConstruct
  void init() {
    UserAdministration service = users;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.getId()));
    roles = users.roles();
  }

  public void startNew() {
    form = new UserData();
  }

  public void edit(long id) {
    form = users.get(id);
  }

  public void save() {
    if (form.getId() == null) {
      users.create(form);
    } else {
      users.update(form);
    }
    Texts.info("users.saved", form.getUsername());
    form = null;
  }

  public PagedList<UserData> getList() {
    return list;
  }

  public List<String> getRoles() {
    return roles;
  }

  public UserData getForm() {
    return form;
  }
}

package org.quicksilver.security;

import static org.quicksilver.security.Permissions.USERS_MANAGE;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Saves;

/**
 * Administrators manage accounts: create them with a first password, change their name, roles and
 * whether they may sign in, and reset passwords. Nobody can lock the last administrator out.
 */
@Stateless
public class UserAdministration {
  @PersistenceContext private EntityManager em;
  @Inject private PasswordHasher hasher;

  private final ListQuery<UserAccount, UserData> list =
      ListQuery.of(UserAccount.class, UserData.class)
          .field("username", u -> u.get("username"))
          .field("displayName", u -> u.get("displayName"))
          .field("active", u -> u.get("active"))
          .defaultSort("username")
          .select(
              u ->
                  List.of(
                      u.get("id"),
                      u.get("version"),
                      u.get("username"),
                      u.get("displayName"),
                      u.get("active")));

  /** One page of accounts, each with its roles (one more query for the whole page). */
  @RequiresPermissions(USERS_MANAGE)
  public List<UserData> list(@NotNull PageQuery query) {
    List<UserData> page = list.rows(em, query);
    if (!page.isEmpty()) {
      Map<Long, List<String>> roles =
          em.createQuery(
                  "select u.id, r from UserAccount u join u.roles r where u.id in :ids",
                  Object[].class)
              .setParameter("ids", page.stream().map(UserData::getId).toList())
              .getResultStream()
              .collect(
                  Collectors.groupingBy(
                      row -> (Long) row[0],
                      Collectors.mapping(row -> (String) row[1], Collectors.toList())));
      page.forEach(
          u -> u.setRoles(roles.getOrDefault(u.getId(), List.of()).stream().sorted().toList()));
    }
    return page;
  }

  @RequiresPermissions(USERS_MANAGE)
  public long count(@NotNull Map<String, String> filters) {
    return list.count(em, filters);
  }

  /** The role codes an account can hold. */
  @RequiresPermissions(USERS_MANAGE)
  public List<String> roles() {
    return em
        .createNativeQuery("select code from app_role order by code", String.class)
        .getResultList()
        .stream()
        .map(Object::toString)
        .toList();
  }

  @RequiresPermissions(USERS_MANAGE)
  public UserData get(long id) {
    UserAccount account = find(id);
    UserData data =
        new UserData(
            account.getId(),
            account.getVersion(),
            account.getUsername(),
            account.getDisplayName(),
            account.isActive());
    data.setRoles(account.getRoles().stream().sorted().toList());
    return data;
  }

  @RequiresPermissions(USERS_MANAGE)
  public long create(@NotNull @Valid UserData data) {
    if (data.getNewPassword() == null) {
      throw new InvalidInputException("users.passwordRequired");
    }
    if (!em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
        .setParameter("name", data.getUsername())
        .getResultList()
        .isEmpty()) {
      throw duplicate(data);
    }
    var account =
        new UserAccount(
            data.getUsername(), data.getDisplayName(), hasher.hash(data.getNewPassword()));
    account.holdOnly(knownRoles(data.getRoles()));
    account.activate(data.isActive());
    em.persist(account);
    Saves.flush(em, () -> duplicate(data));
    return account.getId();
  }

  @RequiresPermissions(USERS_MANAGE)
  public void update(@NotNull @Valid UserData data) {
    UserAccount account = find(data.getId());
    Saves.checkVersion(data.getVersion(), account.getVersion());
    Set<String> roles = knownRoles(data.getRoles());
    boolean staysAdministrator = data.isActive() && roles.contains(Roles.ADMINISTRATOR);
    if (!staysAdministrator && isActiveAdministrator(account)) {
      if (account.getUsername().equals(SecurityUtils.getSubject().getPrincipal())) {
        throw new InvalidInputException("users.cannotLockYourselfOut");
      }
      if (activeAdministrators() <= 1) {
        throw new InvalidInputException("users.lastAdministrator");
      }
    }
    account.rename(data.getDisplayName());
    account.holdOnly(roles);
    account.activate(data.isActive());
    if (data.getNewPassword() != null) {
      account.changePasswordHash(hasher.hash(data.getNewPassword()));
    }
    Saves.flush(em, () -> duplicate(data));
  }

  private Set<String> knownRoles(List<String> requested) {
    Set<String> roles = new HashSet<>(requested);
    if (!roles().containsAll(roles)) {
      throw new InvalidInputException("users.unknownRole");
    }
    return roles;
  }

  private static boolean isActiveAdministrator(UserAccount account) {
    return account.isActive() && account.getRoles().contains(Roles.ADMINISTRATOR);
  }

  private long activeAdministrators() {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r where r = :role and u.active = true",
            Long.class)
        .setParameter("role", Roles.ADMINISTRATOR)
        .getSingleResult();
  }

  private UserAccount find(Long id) {
    UserAccount account = id == null ? null : em.find(UserAccount.class, id);
    if (account == null) {
      throw new RecordNotFoundException(id);
    }
    return account;
  }

  private static DuplicateRecordException duplicate(UserData data) {
    return new DuplicateRecordException("users.duplicate", data.getUsername());
  }
}

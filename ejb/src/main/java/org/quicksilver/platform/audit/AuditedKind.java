package org.quicksilver.platform.audit;

import java.io.Serializable;
import java.util.function.Function;
import org.quicksilver.funding.Allocation;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.ExchangeRate;
import org.quicksilver.funding.Expense;
import org.quicksilver.funding.Fund;
import org.quicksilver.funding.Pledge;
import org.quicksilver.funding.Receipt;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.Currency;
import org.quicksilver.reference.Organisation;
import org.quicksilver.security.Permissions;
import org.quicksilver.security.UserAccount;

/** The kinds of record whose history can be shown, and who may read it. */
public enum AuditedKind {
  PLEDGE(Pledge.class, Permissions.FUNDING_READ, Long::valueOf),
  RECEIPT(Receipt.class, Permissions.FUNDING_READ, Long::valueOf),
  EXCHANGE_RATE(ExchangeRate.class, Permissions.FUNDING_READ, Long::valueOf),
  ALLOCATION(Allocation.class, Permissions.FUNDING_READ, Long::valueOf),
  EXPENSE(Expense.class, Permissions.FUNDING_READ, Long::valueOf),
  FUND(Fund.class, Permissions.FUNDING_READ, Long::valueOf),
  EARMARK(Earmark.class, Permissions.FUNDING_READ, Long::valueOf),
  ORGANISATION(Organisation.class, Permissions.REFERENCE_READ, Long::valueOf),
  COUNTRY(Country.class, Permissions.REFERENCE_READ, Long::valueOf),
  CURRENCY(Currency.class, Permissions.REFERENCE_READ, code -> code),
  USER(UserAccount.class, Permissions.USERS_MANAGE, Long::valueOf);

  private final Class<?> entity;
  private final String permission;
  private final Function<String, Serializable> id;

  AuditedKind(Class<?> entity, String permission, Function<String, Serializable> id) {
    this.entity = entity;
    this.permission = permission;
    this.id = id;
  }

  public Class<?> entity() {
    return entity;
  }

  public String permission() {
    return permission;
  }

  /** The record's identifier from its text form (currencies are keyed by their code). */
  Serializable id(String text) {
    return id.apply(text);
  }
}

package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.Records;
import org.quicksilver.security.Permissions;

/** A fund's page: its balances by earmark and its ledger of movements, newest first. */
@Stateless
public class FundAccountService {
  /** Receipts, allocations and expenses of one fund as one ledger (amounts in USD). */
  private static final String LEDGER =
      " from (select 'RECEIPT' as kind, r.received_on as on_date, r.id as id,"
          + " coalesce(r.bank_reference, '') as description, o.name as party, e.code as earmark,"
          + " r.usd_amount as received_usd, cast(null as numeric(19,2)) as allocated_usd,"
          + " cast(null as numeric(19,2)) as spent_usd"
          + " from receipt r join organisation o on o.id = r.donor_id"
          + " join earmark e on e.id = r.earmark_id where r.fund_id = :fund"
          + " union all select 'ALLOCATION', a.allocated_on, a.id, a.purpose, null,"
          + " e.code, null, a.amount_usd, null"
          + " from allocation a join earmark e on e.id = a.earmark_id where a.fund_id = :fund"
          + " union all select 'EXPENSE', x.spent_on, x.id, x.description, null, e.code,"
          + " null, null, x.amount_usd"
          + " from expense x join allocation a on a.id = x.allocation_id"
          + " join earmark e on e.id = a.earmark_id where a.fund_id = :fund) m";

  @PersistenceContext private EntityManager em;
  @Inject private BalanceService balances;

  @RequiresPermissions(Permissions.FUNDING_READ)
  public FundAccount account(long fundId) {
    Fund fund = Records.find(em, Fund.class, fundId);
    return new FundAccount(
        fund.getId(),
        fund.getCode(),
        fund.name(Locale.ENGLISH),
        fund.name(Locale.FRENCH),
        fund.name(Locale.forLanguageTag("es")),
        fund.getCurrencyCode(),
        balances.byEarmark().stream().filter(b -> b.fundId().equals(fundId)).toList());
  }

  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<Movement> movements(long fundId, @NotNull PageQuery query) {
    List<?> results =
        em.createNativeQuery(
                "select kind, on_date, id, description, party, earmark, received_usd,"
                    + " allocated_usd, spent_usd"
                    + LEDGER
                    + " order by on_date desc, kind desc, id desc")
            .setParameter("fund", fundId)
            .setFirstResult(query.first())
            .setMaxResults(query.size())
            .getResultList();
    List<Movement> movements = new ArrayList<>(results.size());
    for (Object result : results) {
      Object[] row = (Object[]) result;
      movements.add(
          new Movement(
              Movement.Kind.valueOf(row[0].toString().strip()),
              date(row[1]),
              ((Number) row[2]).longValue(),
              (String) row[3],
              (String) row[4],
              (String) row[5],
              (BigDecimal) row[6],
              (BigDecimal) row[7],
              (BigDecimal) row[8]));
    }
    return movements;
  }

  @RequiresPermissions(Permissions.FUNDING_READ)
  public long countMovements(long fundId) {
    return ((Number)
            em.createNativeQuery("select count(*)" + LEDGER)
                .setParameter("fund", fundId)
                .getSingleResult())
        .longValue();
  }

  private static LocalDate date(Object value) {
    return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
  }
}

-- Fund balances sum receipts by earmark: a covering index lets the database read the index alone
-- instead of every receipt row (measured by the receipts benchmark, README "Benchmarks").
create index ix_receipt_earmark_usd on receipt (earmark_id, usd_amount);

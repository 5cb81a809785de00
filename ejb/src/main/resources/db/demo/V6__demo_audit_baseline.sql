-- Demo data has a history from the moment it was loaded (see V7__audit_trail.sql).
-- Baseline revision: every record that has no history yet (it was loaded by a migration) gets
-- one, so that a history always starts with the values as loaded. Safe to run again.
insert into revinfo (revtstmp, username) values (${now_millis}, 'demo-data');
insert into country_aud (id, rev, revtype, iso_code, name_en, name_fr, name_es, regional_group, convention_status, party_since, sip_eligibility)
select id, (select max(rev) from revinfo), 0, iso_code, name_en, name_fr, name_es, regional_group, convention_status, party_since, sip_eligibility from country x
where not exists (select 1 from country_aud a where a.id = x.id);
insert into currency_aud (code, rev, revtype, name, minor_units)
select code, (select max(rev) from revinfo), 0, name, minor_units from currency x
where not exists (select 1 from currency_aud a where a.code = x.code);
insert into organisation_aud (id, rev, revtype, name, acronym, kind, country_id)
select id, (select max(rev) from revinfo), 0, name, acronym, kind, country_id from organisation x
where not exists (select 1 from organisation_aud a where a.id = x.id);
insert into app_user_aud (id, rev, revtype, username, display_name, language, active, donor_id)
select id, (select max(rev) from revinfo), 0, username, display_name, language, active, donor_id from app_user x
where not exists (select 1 from app_user_aud a where a.id = x.id);
insert into fund_aud (id, rev, revtype, code, name_en, name_fr, name_es, currency_code)
select id, (select max(rev) from revinfo), 0, code, name_en, name_fr, name_es, currency_code from fund x
where not exists (select 1 from fund_aud a where a.id = x.id);
insert into earmark_aud (id, rev, revtype, fund_id, code, name_en, name_fr, name_es)
select id, (select max(rev) from revinfo), 0, fund_id, code, name_en, name_fr, name_es from earmark x
where not exists (select 1 from earmark_aud a where a.id = x.id);
insert into exchange_rate_aud (id, rev, revtype, currency_code, rate_month, units_per_usd, source, recorded_at, recorded_by)
select id, (select max(rev) from revinfo), 0, currency_code, rate_month, units_per_usd, source, recorded_at, recorded_by from exchange_rate x
where not exists (select 1 from exchange_rate_aud a where a.id = x.id);
insert into pledge_aud (id, rev, revtype, donor_id, fund_id, earmark_id, kind, reference, pledged_on, period_start, period_end, expected_by, amount, currency_code, units_per_usd, rate_source, usd_value, conditions, written_off_on, write_off_reason, illustrative, recorded_at, recorded_by)
select id, (select max(rev) from revinfo), 0, donor_id, fund_id, earmark_id, kind, reference, pledged_on, period_start, period_end, expected_by, amount, currency_code, units_per_usd, rate_source, usd_value, conditions, written_off_on, write_off_reason, illustrative, recorded_at, recorded_by from pledge x
where not exists (select 1 from pledge_aud a where a.id = x.id);
insert into reporting_obligation_aud (id, rev, revtype, pledge_id, description, due_on, submitted_on)
select id, (select max(rev) from revinfo), 0, pledge_id, description, due_on, submitted_on from reporting_obligation x
where not exists (select 1 from reporting_obligation_aud a where a.id = x.id);
insert into receipt_aud (id, rev, revtype, donor_id, fund_id, earmark_id, pledge_id, received_on, amount, currency_code, units_per_usd, rate_source, rate_override_reason, usd_amount, bank_reference, reverses_id, reversal_reason, illustrative, posted_at, posted_by)
select id, (select max(rev) from revinfo), 0, donor_id, fund_id, earmark_id, pledge_id, received_on, amount, currency_code, units_per_usd, rate_source, rate_override_reason, usd_amount, bank_reference, reverses_id, reversal_reason, illustrative, posted_at, posted_by from receipt x
where not exists (select 1 from receipt_aud a where a.id = x.id);
insert into allocation_aud (id, rev, revtype, fund_id, earmark_id, purpose, target_kind, target_id, amount_usd, allocated_on, recorded_at, recorded_by)
select id, (select max(rev) from revinfo), 0, fund_id, earmark_id, purpose, target_kind, target_id, amount_usd, allocated_on, recorded_at, recorded_by from allocation x
where not exists (select 1 from allocation_aud a where a.id = x.id);
insert into expense_aud (id, rev, revtype, allocation_id, spent_on, amount_usd, description, reference, recorded_at, recorded_by)
select id, (select max(rev) from revinfo), 0, allocation_id, spent_on, amount_usd, description, reference, recorded_at, recorded_by from expense x
where not exists (select 1 from expense_aud a where a.id = x.id);
insert into user_role_aud (rev, revtype, user_id, role_code)
select (select max(rev) from revinfo), 0, r.user_id, r.role_code from user_role r
where not exists (select 1 from user_role_aud a where a.user_id = r.user_id);
insert into allocation_share_aud (rev, revtype, allocation_id, donor_id, amount_usd)
select (select max(rev) from revinfo), 0, s.allocation_id, s.donor_id, s.amount_usd from allocation_share s
where not exists (select 1 from allocation_share_aud a where a.allocation_id = s.allocation_id);

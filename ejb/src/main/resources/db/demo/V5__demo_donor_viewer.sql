-- DEMO. The demo donor viewer sees the contributions of the Government of Sweden only.
update app_user set donor_id = (select id from organisation where name = 'Government of Sweden')
where username = 'donor';

-- DEMO ONLY. One account per role, all with the password "quicksilver-demo" (Argon2id hash).
-- This file runs only when QUICKSILVER_DEMO=true; outside demo mode no account has a known password.
insert into app_user (username, display_name, password_hash, language) values
    ('admin',     'Alex Admin (demo)',          '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('finance',   'Fatou Finance (demo)',       '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('programme', 'Pablo Programme (demo)',     '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('chair',     'Chiara Chair (demo)',        '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('member',    'Mehmet Member (demo)',       '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('donor',     'Dana Donor Viewer (demo)',   '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en');

insert into user_role (user_id, role_code)
select id, case username
        when 'admin' then 'administrator'
        when 'finance' then 'finance_officer'
        when 'programme' then 'programme_officer'
        when 'chair' then 'committee_chair'
        when 'member' then 'committee_member'
        when 'donor' then 'donor_viewer'
    end
from app_user
where username in ('admin', 'finance', 'programme', 'chair', 'member', 'donor');

-- The six roles and what each may do. Permissions are Shiro wildcard strings checked by services.
insert into app_role (code) values
    ('administrator'), ('finance_officer'), ('programme_officer'),
    ('committee_chair'), ('committee_member'), ('donor_viewer');

insert into role_permission (role_code, permission) values
    ('administrator', 'reference:read'),
    ('administrator', 'reference:write'),
    ('administrator', 'reference:report'),
    ('administrator', 'users:manage'),
    ('finance_officer', 'reference:read'),
    ('finance_officer', 'reference:report'),
    ('programme_officer', 'reference:read'),
    ('programme_officer', 'reference:report'),
    ('committee_chair', 'reference:read'),
    ('committee_chair', 'reference:report'),
    ('committee_member', 'reference:read'),
    ('committee_member', 'reference:report');

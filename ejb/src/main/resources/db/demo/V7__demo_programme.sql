-- DEMO, ILLUSTRATIVE. The Specific International Programme’s first round (5 June – 31 August
-- 2018): the round with the criteria and checklist the Governing Board adopted at its first
-- meeting (Geneva, 15–16 May 2018), the Board’s ten members (two per UN regional group, two
-- co-chairs), twenty applications from Parties of four regional groups (Western European and
-- other States have no eligible Party), their screening and scores, the second meeting (Oslo,
-- 2–3 October 2018) and its decisions, and the grants of the five approved projects with their
-- first tranches paid from the SIP trust fund.
-- Public facts used: the dates and places above, the USD 50,000–250,000 range, ten members with
-- two co-chairs (from Ghana and the Netherlands in 2018) and the five Parties whose projects were
-- approved in Oslo (Argentina, Armenia, Benin, Iran, Lesotho). Everything else — people, titles,
-- amounts, scores, reasons — is invented and flagged illustrative where the table has the flag.
-- The approved amounts (USD 557,000) stay within what Norway paid into the SIP earmark
-- (V4__demo_contributions.sql): USD 316,335.57 before the first three grants were signed in
-- December 2018, USD 611,634.41 after its second payment, before the last two were signed.

-- The Board’s members who were not yet demo users: same demo password as V1__demo_users.sql.
insert into app_user (username, display_name, password_hash, language) values
    ('aowusu', 'Ama Owusu (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('mdiop', 'Moussa Diop (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'fr'),
    ('lhaddad', 'Layla Haddad (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('dsantoso', 'Dewi Santoso (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('jnovakova', 'Jana Nováková (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('irusu', 'Ion Rusu (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en'),
    ('mfernandez', 'María Fernández (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'es'),
    ('ubrunner', 'Urs Brunner (demo)', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$MA2OeY/Xp9jT1HwhHFKQVQ$Mqb6dJfO5YQIZRseZuLqX05xvQ6CI7Tuiuqu1tTcXzI', 'en');

insert into user_role (user_id, role_code)
select id, case username when 'aowusu' then 'committee_chair' else 'committee_member' end
from app_user
where username in ('aowusu', 'mdiop', 'lhaddad', 'dsantoso', 'jnovakova', 'irusu', 'mfernandez', 'ubrunner');

-- Round 1, funded from the SIP trust fund’s SIP earmark.
insert into sip_round (round_number, title, opens_on, closes_on, time_zone, minimum_usd, maximum_usd, maximum_months, criteria_adopted_at, earmark_id, illustrative) values
    (1, 'First round of applications (2018)', DATE '2018-06-05', DATE '2018-08-31', 'Europe/Zurich', 50000.00, 250000.00, 24, 'First meeting of the Governing Board, Geneva, 15–16 May 2018', (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'SIP' and e.code = 'SIP'), true);

-- The criteria as the Board adopted them: weights add up to 100, each scored 0 to 5.
insert into round_criterion (round_id, code, name_en, name_fr, name_es, weight_percent, scale_min, scale_max, position) values
    ((select id from sip_round where round_number = 1), 'RELEVANCE', 'Relevance to the obligations of the Convention', 'Pertinence au regard des obligations découlant de la Convention', 'Pertinencia respecto de las obligaciones del Convenio', 25, 0, 5, 1),
    ((select id from sip_round where round_number = 1), 'OWNERSHIP', 'Country-drivenness and government commitment', 'Appropriation nationale et engagement du gouvernement', 'Impulso nacional y compromiso del gobierno', 20, 0, 5, 2),
    ((select id from sip_round where round_number = 1), 'SOUNDNESS', 'Technical soundness and feasibility', 'Solidité technique et faisabilité', 'Solidez técnica y viabilidad', 20, 0, 5, 3),
    ((select id from sip_round where round_number = 1), 'SUSTAINABILITY', 'Sustainability of the results', 'Durabilité des résultats', 'Sostenibilidad de los resultados', 15, 0, 5, 4),
    ((select id from sip_round where round_number = 1), 'COST', 'Cost-effectiveness and co-financing', 'Rapport coût-efficacité et cofinancement', 'Eficacia en función de los costos y cofinanciación', 10, 0, 5, 5),
    ((select id from sip_round where round_number = 1), 'GENDER', 'Gender mainstreaming', 'Intégration de la dimension de genre', 'Incorporación de la perspectiva de género', 10, 0, 5, 6);

-- The completeness checklist the secretariat screens each application against.
insert into round_checklist_item (round_id, code, text_en, text_fr, text_es, position) values
    ((select id from sip_round where round_number = 1), 'ENDORSEMENT', 'Official endorsement letter signed by the national focal point', 'Lettre d’approbation officielle signée par le correspondant national', 'Carta oficial de respaldo firmada por el punto focal nacional', 1),
    ((select id from sip_round where round_number = 1), 'SUMMARY_FORM', 'Project summary form (form IA)', 'Formulaire de résumé du projet (formulaire IA)', 'Formulario de resumen del proyecto (formulario IA)', 2),
    ((select id from sip_round where round_number = 1), 'DESCRIPTION_FORM', 'Project description form with its annex (form IB)', 'Formulaire de description du projet et son annexe (formulaire IB)', 'Formulario de descripción del proyecto y su anexo (formulario IB)', 3),
    ((select id from sip_round where round_number = 1), 'BUDGET_FORM', 'Budget in USD by year and category (form II)', 'Budget en dollars des États-Unis par année et par catégorie (formulaire II)', 'Presupuesto en dólares de los Estados Unidos por año y categoría (formulario II)', 4),
    ((select id from sip_round where round_number = 1), 'LOGFRAME', 'Logical framework: outcomes and outputs with their indicators', 'Cadre logique : réalisations et produits avec leurs indicateurs', 'Marco lógico: resultados y productos con sus indicadores', 5),
    ((select id from sip_round where round_number = 1), 'COFINANCING', 'Letters confirming the co-financing (cash and in kind)', 'Lettres confirmant le cofinancement (en espèces et en nature)', 'Cartas de confirmación de la cofinanciación (en efectivo y en especie)', 6);

insert into round_document (round_id, title, url) values
    ((select id from sip_round where round_number = 1), 'Guidelines for applications, first round (illustrative)', 'https://www.mercuryconvention.org/en/documents/specific-international-programme-guidelines-first-round'),
    ((select id from sip_round where round_number = 1), 'Application forms IA, IB and II (illustrative)', 'https://www.mercuryconvention.org/en/documents/specific-international-programme-application-forms');

-- The Governing Board: two members per UN regional group, terms of 2018–2019.
insert into committee_member (username, full_name, country_id, role, term_start, term_end, illustrative) values
    ('chair', 'Chiara Chair (demo)', (select id from country where iso_code = 'NL'), 'CO_CHAIR', DATE '2018-01-01', DATE '2019-12-31', true),
    ('aowusu', 'Ama Owusu (demo)', (select id from country where iso_code = 'GH'), 'CO_CHAIR', DATE '2018-01-01', DATE '2019-12-31', true),
    ('mdiop', 'Moussa Diop (demo)', (select id from country where iso_code = 'SN'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('lhaddad', 'Layla Haddad (demo)', (select id from country where iso_code = 'JO'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('dsantoso', 'Dewi Santoso (demo)', (select id from country where iso_code = 'ID'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('jnovakova', 'Jana Nováková (demo)', (select id from country where iso_code = 'CZ'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('irusu', 'Ion Rusu (demo)', (select id from country where iso_code = 'MD'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('member', 'Mehmet Member (demo)', (select id from country where iso_code = 'BR'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('mfernandez', 'María Fernández (demo)', (select id from country where iso_code = 'UY'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true),
    ('ubrunner', 'Urs Brunner (demo)', (select id from country where iso_code = 'CH'), 'MEMBER', DATE '2018-01-01', DATE '2019-12-31', true);

-- Its first two meetings, both closed.
insert into committee_meeting (reference, title, place, starts_on, ends_on, quorum, closed_at, illustrative) values
    ('SIP-GB-1', 'First meeting of the Governing Board of the Specific International Programme', 'Geneva', DATE '2018-05-15', DATE '2018-05-16', 6, TIMESTAMP '2018-05-16 17:00:00', true),
    ('SIP-GB-2', 'Second meeting of the Governing Board of the Specific International Programme', 'Oslo', DATE '2018-10-02', DATE '2018-10-03', 6, TIMESTAMP '2018-10-03 17:30:00', true);

-- Geneva: all ten present. Oslo: eight of ten (quorum 6).
insert into meeting_attendance (meeting_id, member_id)
select g.id, m.id from committee_meeting g, committee_member m
where g.reference = 'SIP-GB-1' and m.username in ('chair', 'aowusu', 'mdiop', 'lhaddad', 'dsantoso', 'jnovakova', 'irusu', 'member', 'mfernandez', 'ubrunner');
insert into meeting_attendance (meeting_id, member_id)
select g.id, m.id from committee_meeting g, committee_member m
where g.reference = 'SIP-GB-2' and m.username in ('chair', 'aowusu', 'mdiop', 'lhaddad', 'jnovakova', 'member', 'mfernandez', 'ubrunner');

-- Twenty applications. Received inside the window (Geneva time) except SIP-2018-20, registered
-- late with its reason. Amounts outside the range or durations over 24 months are flagged by
-- the application itself (SIP-2018-08 above the maximum, SIP-2018-11 below the minimum,
-- SIP-2018-12 over the maximum duration).
insert into application (round_id, reference, country_id, ministry, contact_name, contact_email, title, summary, objectives, workplan, amount_requested, duration_months, cofinancing_cash, cofinancing_in_kind, articles, gender, status, received_at, late_reason, eligibility_reason, first_assessment, illustrative, recorded_at, recorded_by) values
    ((select id from sip_round where round_number = 1), 'SIP-2018-01', (select id from country where iso_code = 'AR'), 'Secretaría de Ambiente y Desarrollo Sustentable', 'Lucía Herrera', 'minamata@ambiente.ar.example', 'Controlling mercury-added products and mercury trade: national inventory, customs codes and enforcement', 'Builds the national inventory of mercury-added products, brings the customs nomenclature into line with Articles 3 and 4, and trains customs and environmental inspectors in the main ports and border posts.', 'Give Argentina the information and the legal and customs tools to enforce the phase-out dates of Annex A and to control mercury imports and exports.', 'Months 1–6 inventory of products; months 4–12 draft regulation and customs codes; months 10–20 training of inspectors in five provinces; months 18–24 lessons learned and final report.', 149850.00, 24, 30000.00, 45000.00, 'Articles 3, 4 and 17', 'Women are well represented among customs and laboratory staff; training quotas of at least 40 % women and data on participants by sex.', 'APPROVED', TIMESTAMP '2018-08-27 14:10:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: strong overall. Strongest on relevance to the obligations of the Convention; weakest on gender mainstreaming.', true, TIMESTAMP '2018-08-27 14:10:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-02', (select id from country where iso_code = 'AM'), 'Ministry of Nature Protection', 'Armen Sargsyan', 'minamata@mnp.am.example', 'Phasing out mercury-added products in health care and identifying mercury-contaminated sites', 'Replaces mercury thermometers and sphygmomanometers in public hospitals with validated alternatives, collects the devices for environmentally sound storage, and carries out a first screening of sites contaminated by former chlor-alkali production.', 'Complete the phase-out of mercury-added medical devices in the public health system and prepare the national strategy on contaminated sites under Article 12.', 'Months 1–4 survey of hospitals; months 3–12 replacement and collection; months 6–15 site screening; months 15–18 strategy and reporting.', 118000.00, 18, 10000.00, 25000.00, 'Articles 4, 10, 11 and 12', 'Nurses, most of them women, are the main users of the devices and are consulted on the alternatives; exposure data disaggregated by sex.', 'APPROVED_WITH_CONDITIONS', TIMESTAMP '2018-08-14 09:30:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: strong overall. Strongest on country-drivenness and government commitment; weakest on cost-effectiveness and co-financing.', true, TIMESTAMP '2018-08-14 09:30:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-03', (select id from country where iso_code = 'BJ'), 'Ministère du Cadre de Vie et du Développement Durable', 'Rodrigue Houngbédji', 'minamata@cadredevie.bj.example', 'Reducing mercury use in artisanal and small-scale gold mining in the Atacora and Alibori departments', 'Surveys artisanal gold mining sites in northern Benin, introduces mercury-free processing on two demonstration sites, and prepares the elements of a national action plan under Article 7.', 'Reduce, and where feasible eliminate, the use of mercury in artisanal gold mining and protect the health of miners and their communities.', 'Months 1–6 baseline survey; months 6–18 demonstration of gravity concentration on two sites; months 12–24 draft national action plan and outreach.', 112400.00, 24, 8000.00, 30000.00, 'Articles 7, 16 and 18', 'Women carry out much of the amalgamation at household level; they are a target group of the demonstrations and of the health outreach.', 'APPROVED', TIMESTAMP '2018-08-30 16:45:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: strong overall. Strongest on relevance to the obligations of the Convention; weakest on sustainability of the results.', true, TIMESTAMP '2018-08-30 16:45:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-04', (select id from country where iso_code = 'IR'), 'Department of Environment', 'Maryam Rahimi', 'minamata@doe.ir.example', 'Institutional capacity for mercury trade controls and an inventory of mercury releases from industry', 'Sets up the procedures for written consent to mercury imports under Article 3, trains the customs administration, and prepares a level 2 inventory of emissions and releases from the main industrial sources.', 'Enable the Department of Environment to apply the trade provisions of the Convention and to set priorities for Articles 8 and 9 on the basis of measured data.', 'Months 1–8 procedures and customs training; months 4–18 inventory of emissions and releases; months 18–24 priority-setting workshop and report.', 131250.00, 24, 20000.00, 35000.00, 'Articles 3, 8 and 9', 'Training sessions open to both customs and laboratory staff with a target of 35 % women; gender focal point in the project team.', 'APPROVED_WITH_CONDITIONS', TIMESTAMP '2018-08-29 08:20:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: strong overall. Strongest on relevance to the obligations of the Convention; weakest on gender mainstreaming.', true, TIMESTAMP '2018-08-29 08:20:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-05', (select id from country where iso_code = 'LS'), 'Ministry of Tourism, Environment and Culture, Department of Environment', 'Palesa Mokoena', 'minamata@environment.ls.example', 'Environmentally sound management of mercury waste from health care facilities', 'Introduces segregation, collection and interim storage of mercury waste from health care in three districts, and drafts the regulations on mercury waste required by Article 11.', 'Keep mercury waste from health care out of municipal waste streams and give Lesotho the regulatory basis for its environmentally sound management.', 'Months 1–3 baseline; months 3–12 segregation and collection in three districts; months 6–15 interim storage facility; months 12–18 regulations and national roll-out plan.', 96400.00, 18, 5000.00, 20000.00, 'Articles 10, 11 and 16', 'Health care workers and waste handlers, most of them women, are trained and equipped; data by sex on exposure and training.', 'APPROVED', TIMESTAMP '2018-07-23 10:05:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: strong overall. Strongest on country-drivenness and government commitment; no weak criterion.', true, TIMESTAMP '2018-07-23 10:05:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-06', (select id from country where iso_code = 'BR'), 'Ministério do Meio Ambiente', 'Ana Beatriz Costa', 'minamata@mma.br.example', 'Phasing down dental amalgam in the public health system', 'Assesses the use of dental amalgam in the public dental clinics of two states, promotes mercury-free alternatives through training of dentists, and sets up amalgam separators and waste collection in pilot clinics.', 'Apply the measures of Annex A, Part II, on dental amalgam in the public health system and reduce mercury releases from dental clinics.', 'Months 1–6 assessment; months 6–18 training of dentists and pilots; months 18–24 guidance and evaluation.', 198000.00, 24, 40000.00, 60000.00, 'Articles 4 and 11', 'Dental professionals and patients by sex in the assessment; outreach to mothers and pregnant women on alternatives.', 'DEFERRED', TIMESTAMP '2018-08-20 13:00:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: sound overall, with gaps. Strongest on relevance to the obligations of the Convention; weakest on country-drivenness and government commitment.', true, TIMESTAMP '2018-08-20 13:00:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-07', (select id from country where iso_code = 'GH'), 'Environmental Protection Agency', 'Kwabena Asante', 'minamata@epa.gh.example', 'Building on the Minamata Initial Assessment: a national mercury management framework', 'Follows up the Minamata Initial Assessment with a national framework for mercury management: an inter-agency committee, draft legislation, and awareness-raising in mining communities.', 'Translate the findings of the Minamata Initial Assessment into law and institutions.', 'Months 1–6 inter-agency committee; months 6–18 draft legislation; months 12–24 awareness campaign.', 165000.00, 24, 15000.00, 30000.00, 'Articles 7, 18 and 20', 'Awareness materials designed with women’s associations of mining communities.', 'DEFERRED', TIMESTAMP '2018-08-31 15:30:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: sound overall, with gaps. Strongest on relevance to the obligations of the Convention; weakest on country-drivenness and government commitment.', true, TIMESTAMP '2018-08-31 15:30:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-08', (select id from country where iso_code = 'ZM'), 'Ministry of Water Development, Sanitation and Environmental Protection', 'Mwila Banda', 'minamata@mwdsep.zm.example', 'Inventory of mercury emissions from coal combustion and non-ferrous metal smelting', 'Measures and inventories mercury emissions from the coal-fired plants and copper smelters of the Copperbelt, and proposes best available techniques under Article 8.', 'Establish a measured inventory of emissions from the sources listed in Annex D and a plan for controlling them.', 'Months 1–12 measurements; months 12–20 inventory; months 18–24 plan of best available techniques.', 265000.00, 24, 25000.00, 40000.00, 'Articles 8 and 19', 'Training of laboratory staff with a target of 30 % women.', 'DEFERRED', TIMESTAMP '2018-08-17 11:15:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: sound overall, with gaps. Strongest on relevance to the obligations of the Convention; weakest on cost-effectiveness and co-financing. Flagged: amount above the round’s maximum of USD 250,000.', true, TIMESTAMP '2018-08-17 11:15:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-09', (select id from country where iso_code = 'SN'), 'Ministère de l’Environnement et du Développement Durable', 'Aïssatou Ndiaye', 'minamata@environnement.sn.example', 'Mercury-free gold processing in the Kédougou region', 'Introduces mercury-free processing techniques in artisanal gold mining sites of Kédougou and builds the capacity of the regional environment services.', 'Reduce mercury use in artisanal gold mining in Kédougou.', 'Months 1–6 baseline; months 6–18 demonstrations; months 18–24 evaluation.', 145000.00, 24, 0.00, 20000.00, 'Article 7', 'Women miners are involved in the demonstrations.', 'REJECTED', TIMESTAMP '2018-08-08 09:00:00', NULL, 'Party to the Convention, eligible for the programme. The co-financing is stated in the forms without a confirming letter, which does not make the application incomplete.', 'Secretariat’s first assessment: weak overall. Strongest on relevance to the obligations of the Convention; weakest on technical soundness and feasibility.', true, TIMESTAMP '2018-08-08 09:00:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-10', (select id from country where iso_code = 'MG'), 'Ministère de l’Environnement, de l’Écologie et des Forêts', 'Hery Rakotomalala', 'minamata@environnement.mg.example', 'Awareness-raising on the risks of mercury in consumer products', 'A national campaign on the risks of mercury in skin-lightening creams, batteries and lamps, with radio programmes and materials for schools.', 'Inform the public about mercury-added products and their risks.', 'Months 1–4 materials; months 4–12 campaign.', 62000.00, 12, 0.00, 8000.00, 'Articles 4 and 18', 'Skin-lightening creams are used mostly by women, who are the main audience of the campaign.', 'REJECTED', TIMESTAMP '2018-07-30 12:40:00', NULL, 'Party to the Convention, eligible for the programme. The co-financing is stated in the forms without a confirming letter, which does not make the application incomplete.', 'Secretariat’s first assessment: weak overall. Strongest on relevance to the obligations of the Convention; weakest on technical soundness and feasibility.', true, TIMESTAMP '2018-07-30 12:40:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-11', (select id from country where iso_code = 'LK'), 'Ministry of Mahaweli Development and Environment', 'Nirmala Perera', 'minamata@environment.lk.example', 'Mercury-free thermometers for rural health clinics', 'Replaces mercury thermometers in rural clinics of two provinces and trains staff in the clean-up of spills.', 'Remove mercury thermometers from rural clinics of two provinces.', 'Months 1–3 survey; months 3–9 replacement and training; months 9–12 report.', 45000.00, 12, 3000.00, 6000.00, 'Article 4', 'Nurses and midwives, mostly women, are trained in spill clean-up.', 'REJECTED', TIMESTAMP '2018-06-28 10:30:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: weak overall. Strongest on gender mainstreaming; weakest on sustainability of the results. Flagged: amount below the round’s minimum of USD 50,000.', true, TIMESTAMP '2018-06-28 10:30:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-12', (select id from country where iso_code = 'MN'), 'Ministry of Environment and Tourism', 'Bolormaa Dorj', 'minamata@met.mn.example', 'Formalising artisanal gold miners and reducing mercury use', 'Supports the formalisation of artisanal miners’ partnerships and mercury-free processing units in three provinces, with health monitoring of miners.', 'Reduce mercury use and exposure in artisanal gold mining through formalisation and clean technology.', 'Months 1–6 baseline; months 6–24 processing units; months 12–30 health monitoring and evaluation.', 236000.00, 30, 35000.00, 50000.00, 'Articles 7 and 16', 'Women make up a third of the miners’ partnerships; health monitoring by sex.', 'DEFERRED', TIMESTAMP '2018-08-03 07:50:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: sound overall, with gaps. Strongest on relevance to the obligations of the Convention; weakest on technical soundness and feasibility. Flagged: duration over the round’s maximum of 24 months.', true, TIMESTAMP '2018-08-03 07:50:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-13', (select id from country where iso_code = 'ID'), 'Ministry of Environment and Forestry', 'Budi Hartono', 'minamata@menlhk.id.example', 'Mercury-free gold processing centres in two provinces', 'Establishes two mercury-free gold processing centres and trains miners, with monitoring of mercury in rivers downstream.', 'Offer artisanal miners a mercury-free alternative and monitor its effect.', 'Months 1–6 site selection; months 6–20 centres; months 12–24 monitoring.', 245000.00, 24, 50000.00, 40000.00, 'Articles 7 and 19', 'Gender analysis planned during the first six months.', 'REJECTED', TIMESTAMP '2018-08-24 06:30:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: weak overall. Strongest on relevance to the obligations of the Convention; weakest on sustainability of the results.', true, TIMESTAMP '2018-08-24 06:30:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-14', (select id from country where iso_code = 'MD'), 'Ministry of Agriculture, Regional Development and Environment', 'Elena Ciobanu', 'minamata@madrm.md.example', 'Legal and institutional framework for the Minamata Convention', 'Reviews national legislation against the Convention, drafts amendments and trains the environmental inspectorate.', 'Align national legislation with the Convention.', 'Months 1–6 gap analysis; months 6–12 amendments; months 9–15 training.', 78000.00, 15, 5000.00, 10000.00, 'Articles 3, 4, 11 and 20', 'Inspectorate training open to all staff.', 'REJECTED', TIMESTAMP '2018-08-10 13:20:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: weak overall. Strongest on relevance to the obligations of the Convention; weakest on sustainability of the results.', true, TIMESTAMP '2018-08-10 13:20:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-15', (select id from country where iso_code = 'EC'), 'Ministerio del Ambiente', 'Diego Villacís', 'minamata@ambiente.ec.example', 'Mercury-free processing in Ponce Enríquez and Portovelo', 'Supports mercury-free processing plants for cooperatives in the gold districts of Ponce Enríquez and Portovelo and monitors mercury in the rivers.', 'Reduce mercury use by cooperatives of the southern gold districts.', 'Months 1–6 baseline; months 6–18 pilots; months 12–24 monitoring and replication plan.', 210000.00, 24, 30000.00, 50000.00, 'Articles 7 and 9', 'Women miners (jancheras) are a specific target group.', 'DEFERRED', TIMESTAMP '2018-08-22 15:00:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: sound overall, with gaps. Strongest on relevance to the obligations of the Convention; weakest on technical soundness and feasibility.', true, TIMESTAMP '2018-08-22 15:00:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-16', (select id from country where iso_code = 'PE'), 'Ministerio del Ambiente', 'Rosa Quispe', 'minamata@minam.pe.example', 'Mercury trade controls in Madre de Dios', 'Strengthens controls on the illegal trade of mercury in Madre de Dios, with training for police, prosecutors and customs.', 'Curb the illegal supply of mercury to artisanal mining in Madre de Dios.', 'Months 1–6 assessment of trade routes; months 6–18 training; months 12–24 coordination mechanism.', 175000.00, 24, 20000.00, 30000.00, 'Articles 3 and 7', 'Participation of women officers encouraged.', 'REJECTED', TIMESTAMP '2018-07-12 16:20:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: sound overall, with gaps. Strongest on relevance to the obligations of the Convention; weakest on sustainability of the results.', true, TIMESTAMP '2018-07-12 16:20:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-17', (select id from country where iso_code = 'ME'), 'Ministry of Sustainable Development and Tourism', 'Milena Vuković', 'minamata@mrt.me.example', 'Preparing the ratification and implementation of the Minamata Convention', 'Analyses the measures needed to implement the Convention and prepares the ratification package.', 'Prepare Montenegro to become a Party and implement the Convention.', 'Months 1–12 analysis and ratification package.', 60000.00, 12, 5000.00, 5000.00, 'Articles 20 and 21', 'Not addressed.', 'INELIGIBLE', TIMESTAMP '2018-08-16 10:00:00', NULL, 'Montenegro had not deposited its instrument of ratification when the round closed: only Parties are eligible under decision MC-1/6. The Party is encouraged to apply once the Convention has entered into force for it.', NULL, true, TIMESTAMP '2018-08-16 10:00:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-18', (select id from country where iso_code = 'GY'), 'Potaro Gold Miners’ Cooperative (not a government body)', 'Desmond Persaud', 'info@potaro-gold.gy.example', 'Mercury-free gold recovery equipment for the Potaro river cooperative', 'Purchase of shaking tables and concentrators for the cooperative’s members.', 'Equip the cooperative with mercury-free recovery equipment.', 'Months 1–6 purchase and installation.', 85000.00, 6, 0.00, 5000.00, 'Article 7', 'Not addressed.', 'INELIGIBLE', TIMESTAMP '2018-08-31 21:10:00', NULL, 'The application was sent by a private cooperative, not by the Government, and has no official endorsement letter from the national focal point. Applications must come from a Party’s government.', NULL, true, TIMESTAMP '2018-08-31 21:10:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-19', (select id from country where iso_code = 'JM'), 'National Environment and Planning Agency', 'Andrea Campbell', 'minamata@nepa.jm.example', 'Mercury-added products inventory and lamp waste management', 'Inventories mercury-added products on the market and sets up the collection of spent fluorescent lamps.', 'Know which mercury-added products are on the market and manage lamp waste.', 'Months 1–6 inventory; months 6–18 lamp collection.', 92000.00, 18, 10000.00, 15000.00, 'Articles 4 and 11', 'Collection points planned with community groups led by women.', 'WITHDRAWN', TIMESTAMP '2018-07-05 14:30:00', NULL, 'Party to the Convention, eligible for the programme; application complete.', NULL, true, TIMESTAMP '2018-07-05 14:30:00', 'programme'),
    ((select id from sip_round where round_number = 1), 'SIP-2018-20', (select id from country where iso_code = 'NG'), 'Federal Ministry of Environment', 'Chiamaka Okafor', 'minamata@environment.ng.example', 'National inventory and action plan on mercury in artisanal gold mining', 'Maps artisanal gold mining in Niger, Osun and Zamfara states, estimates mercury use, and prepares the national action plan required by Article 7.', 'Give Nigeria the baseline and the plan to reduce mercury use in artisanal gold mining.', 'Months 1–9 mapping and baseline; months 9–18 stakeholder consultations; months 18–24 national action plan.', 189500.00, 24, 20000.00, 40000.00, 'Articles 7, 16 and 20', 'Women and children at processing sites are covered by the baseline and the health component.', 'UNDER_REVIEW', TIMESTAMP '2018-09-04 09:40:00', 'Sent by e-mail on 31 August 2018 but refused by the secretariat’s mail server because of the size of the attachments; resent on 4 September with the server’s notice of non-delivery as evidence. Registered late on the secretariat’s decision.', 'Party to the Convention, eligible for the programme; application complete.', 'Secretariat’s first assessment: strong overall. Strongest on relevance to the obligations of the Convention; weakest on sustainability of the results. Flagged: received after the round closed.', true, TIMESTAMP '2018-09-04 09:40:00', 'programme');

-- The logical framework of each application.
insert into application_result (application_id, level, description, indicator, position) values
    ((select id from application where reference = 'SIP-2018-01'), 'OUTCOME', 'Imports and exports of mercury and mercury-added products are controlled at the border', 'Share of customs declarations for listed products checked against the new codes', 1),
    ((select id from application where reference = 'SIP-2018-01'), 'OUTPUT', 'National inventory of mercury-added products published', 'Inventory validated by the inter-ministerial committee', 2),
    ((select id from application where reference = 'SIP-2018-01'), 'OUTPUT', 'Customs and environmental inspectors trained', 'Number of inspectors trained, by sex (target 120)', 3),
    ((select id from application where reference = 'SIP-2018-02'), 'OUTCOME', 'Public hospitals no longer use mercury-added thermometers and blood-pressure devices', 'Share of public hospitals mercury-free (target 90 %)', 1),
    ((select id from application where reference = 'SIP-2018-02'), 'OUTPUT', 'Mercury devices collected and stored in an environmentally sound manner', 'Kilograms of mercury collected and stored', 2),
    ((select id from application where reference = 'SIP-2018-02'), 'OUTPUT', 'First list of suspected contaminated sites with a screening report', 'Report endorsed by the Ministry', 3),
    ((select id from application where reference = 'SIP-2018-03'), 'OUTCOME', 'Mercury use on the demonstration sites falls', 'Kilograms of mercury used per kilogram of gold, before and after', 1),
    ((select id from application where reference = 'SIP-2018-03'), 'OUTPUT', 'Baseline survey of artisanal mining sites', 'Number of sites surveyed (target 40)', 2),
    ((select id from application where reference = 'SIP-2018-03'), 'OUTPUT', 'Miners trained in mercury-free processing', 'Number of miners trained, by sex', 3),
    ((select id from application where reference = 'SIP-2018-03'), 'OUTPUT', 'Draft national action plan on artisanal gold mining', 'Draft submitted to the Ministry', 4),
    ((select id from application where reference = 'SIP-2018-04'), 'OUTCOME', 'Mercury imports are subject to written consent and checked at the border', 'Consent procedure in force; share of shipments checked', 1),
    ((select id from application where reference = 'SIP-2018-04'), 'OUTPUT', 'Level 2 inventory of mercury emissions and releases', 'Inventory report published', 2),
    ((select id from application where reference = 'SIP-2018-04'), 'OUTPUT', 'Customs officers trained on mercury trade controls', 'Number of officers trained, by sex', 3),
    ((select id from application where reference = 'SIP-2018-05'), 'OUTCOME', 'Mercury waste from health care in three districts is segregated and stored safely', 'Share of facilities segregating mercury waste (target 80 %)', 1),
    ((select id from application where reference = 'SIP-2018-05'), 'OUTPUT', 'Interim storage area for mercury waste in operation', 'Storage area certified by the Department of Environment', 2),
    ((select id from application where reference = 'SIP-2018-05'), 'OUTPUT', 'Draft regulations on mercury waste', 'Draft submitted to the Ministry of Justice', 3),
    ((select id from application where reference = 'SIP-2018-06'), 'OUTCOME', 'Use of dental amalgam in public clinics of the two states decreases', 'Share of restorations made with alternatives', 1),
    ((select id from application where reference = 'SIP-2018-06'), 'OUTPUT', 'Dentists trained in mercury-free restorations', 'Number of dentists trained, by sex', 2),
    ((select id from application where reference = 'SIP-2018-06'), 'OUTPUT', 'Amalgam separators installed in pilot clinics', 'Number of clinics equipped', 3),
    ((select id from application where reference = 'SIP-2018-07'), 'OUTCOME', 'A national framework for mercury management is adopted', 'Framework adopted by Cabinet', 1),
    ((select id from application where reference = 'SIP-2018-07'), 'OUTPUT', 'Draft mercury legislation', 'Draft submitted to Parliament', 2),
    ((select id from application where reference = 'SIP-2018-08'), 'OUTCOME', 'Mercury emissions from Annex D sources are known and a control plan exists', 'Plan adopted by the Ministry', 1),
    ((select id from application where reference = 'SIP-2018-08'), 'OUTPUT', 'Measured inventory of emissions from four sources', 'Number of sources measured', 2),
    ((select id from application where reference = 'SIP-2018-08'), 'OUTPUT', 'Laboratory staff trained in stack sampling', 'Number of staff trained, by sex', 3),
    ((select id from application where reference = 'SIP-2018-09'), 'OUTCOME', 'Mercury use on artisanal sites in Kédougou decreases', 'Kilograms of mercury used per kilogram of gold', 1),
    ((select id from application where reference = 'SIP-2018-09'), 'OUTPUT', 'Demonstrations of mercury-free processing', 'Number of sites with a demonstration', 2),
    ((select id from application where reference = 'SIP-2018-10'), 'OUTCOME', 'The public knows the risks of mercury-added products', 'Share of people surveyed aware of the risks', 1),
    ((select id from application where reference = 'SIP-2018-10'), 'OUTPUT', 'Radio programmes and school materials', 'Number of programmes broadcast', 2),
    ((select id from application where reference = 'SIP-2018-11'), 'OUTCOME', 'Rural clinics of two provinces are free of mercury thermometers', 'Share of clinics mercury-free', 1),
    ((select id from application where reference = 'SIP-2018-11'), 'OUTPUT', 'Clinic staff trained in spill clean-up', 'Number of staff trained, by sex', 2),
    ((select id from application where reference = 'SIP-2018-12'), 'OUTCOME', 'Mercury use in the three provinces falls', 'Kilograms of mercury used per year', 1),
    ((select id from application where reference = 'SIP-2018-12'), 'OUTPUT', 'Mercury-free processing units in operation', 'Number of units (target 3)', 2),
    ((select id from application where reference = 'SIP-2018-12'), 'OUTPUT', 'Miners’ partnerships formalised', 'Number of partnerships registered', 3),
    ((select id from application where reference = 'SIP-2018-13'), 'OUTCOME', 'Miners in two provinces use mercury-free processing', 'Number of miners using the centres', 1),
    ((select id from application where reference = 'SIP-2018-13'), 'OUTPUT', 'Two processing centres built', 'Centres in operation', 2),
    ((select id from application where reference = 'SIP-2018-14'), 'OUTCOME', 'National legislation implements the Convention', 'Amendments adopted', 1),
    ((select id from application where reference = 'SIP-2018-14'), 'OUTPUT', 'Gap analysis of legislation', 'Report published', 2),
    ((select id from application where reference = 'SIP-2018-14'), 'OUTPUT', 'Inspectors trained', 'Number of inspectors trained, by sex', 3),
    ((select id from application where reference = 'SIP-2018-15'), 'OUTCOME', 'Cooperatives in the two districts process gold without mercury', 'Number of cooperatives without mercury', 1),
    ((select id from application where reference = 'SIP-2018-15'), 'OUTPUT', 'Pilot processing plants', 'Number of plants (target 2)', 2),
    ((select id from application where reference = 'SIP-2018-15'), 'OUTPUT', 'River monitoring reports', 'Number of reports', 3),
    ((select id from application where reference = 'SIP-2018-16'), 'OUTCOME', 'Illegal mercury trade in Madre de Dios is curbed', 'Seizures of mercury reported', 1),
    ((select id from application where reference = 'SIP-2018-16'), 'OUTPUT', 'Officers trained on mercury trade', 'Number of officers trained, by sex', 2),
    ((select id from application where reference = 'SIP-2018-17'), 'OUTCOME', 'Montenegro ratifies the Convention', 'Instrument deposited', 1),
    ((select id from application where reference = 'SIP-2018-17'), 'OUTPUT', 'Ratification package', 'Package submitted to Parliament', 2),
    ((select id from application where reference = 'SIP-2018-18'), 'OUTCOME', 'The cooperative recovers gold without mercury', 'Equipment in use', 1),
    ((select id from application where reference = 'SIP-2018-18'), 'OUTPUT', 'Equipment installed', 'Number of units installed', 2),
    ((select id from application where reference = 'SIP-2018-19'), 'OUTCOME', 'Spent lamps are collected and managed safely', 'Tonnes of lamps collected', 1),
    ((select id from application where reference = 'SIP-2018-19'), 'OUTPUT', 'Inventory of mercury-added products', 'Inventory published', 2),
    ((select id from application where reference = 'SIP-2018-20'), 'OUTCOME', 'A national action plan on artisanal gold mining is adopted', 'Plan submitted to the secretariat', 1),
    ((select id from application where reference = 'SIP-2018-20'), 'OUTPUT', 'Baseline of mercury use in three states', 'Baseline report published', 2),
    ((select id from application where reference = 'SIP-2018-20'), 'OUTPUT', 'Stakeholder consultations held', 'Number of consultations, participants by sex', 3);

-- Budget lines by category and year: each application’s lines add up to its amount requested.
insert into application_budget_line (application_id, category, budget_year, amount_usd) values
    ((select id from application where reference = 'SIP-2018-01'), 'Personnel and consultants', 2019, 29250.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Personnel and consultants', 2020, 17750.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Workshops and training', 2019, 15950.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Workshops and training', 2020, 10650.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Equipment and laboratory supplies', 2019, 23950.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Equipment and laboratory supplies', 2020, 8850.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Monitoring, evaluation and audit', 2019, 29250.00),
    ((select id from application where reference = 'SIP-2018-01'), 'Monitoring, evaluation and audit', 2020, 14200.00),
    ((select id from application where reference = 'SIP-2018-02'), 'Personnel and consultants', 2019, 17250.00),
    ((select id from application where reference = 'SIP-2018-02'), 'Personnel and consultants', 2020, 17250.00),
    ((select id from application where reference = 'SIP-2018-02'), 'Equipment and supplies', 2019, 17250.00),
    ((select id from application where reference = 'SIP-2018-02'), 'Equipment and supplies', 2020, 13450.00),
    ((select id from application where reference = 'SIP-2018-02'), 'Workshops and training', 2019, 31650.00),
    ((select id from application where reference = 'SIP-2018-02'), 'Workshops and training', 2020, 21150.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Personnel and consultants', 2019, 22200.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Personnel and consultants', 2020, 6750.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Equipment and supplies', 2019, 18150.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Equipment and supplies', 2020, 13450.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Workshops and training', 2019, 20200.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Workshops and training', 2020, 10750.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Travel', 2019, 10100.00),
    ((select id from application where reference = 'SIP-2018-03'), 'Travel', 2020, 10800.00),
    ((select id from application where reference = 'SIP-2018-04'), 'Personnel and consultants', 2019, 34550.00),
    ((select id from application where reference = 'SIP-2018-04'), 'Personnel and consultants', 2020, 16100.00),
    ((select id from application where reference = 'SIP-2018-04'), 'Workshops and training', 2019, 17250.00),
    ((select id from application where reference = 'SIP-2018-04'), 'Workshops and training', 2020, 11500.00),
    ((select id from application where reference = 'SIP-2018-04'), 'Equipment and laboratory supplies', 2019, 24200.00),
    ((select id from application where reference = 'SIP-2018-04'), 'Equipment and laboratory supplies', 2020, 27650.00),
    ((select id from application where reference = 'SIP-2018-05'), 'Personnel and consultants', 2019, 19850.00),
    ((select id from application where reference = 'SIP-2018-05'), 'Personnel and consultants', 2020, 13250.00),
    ((select id from application where reference = 'SIP-2018-05'), 'Equipment and supplies', 2019, 26500.00),
    ((select id from application where reference = 'SIP-2018-05'), 'Equipment and supplies', 2020, 8850.00),
    ((select id from application where reference = 'SIP-2018-05'), 'Workshops and training', 2019, 13250.00),
    ((select id from application where reference = 'SIP-2018-05'), 'Workshops and training', 2020, 14700.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Personnel and consultants', 2019, 36900.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Personnel and consultants', 2020, 20150.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Workshops and training', 2019, 20150.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Workshops and training', 2020, 15650.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Equipment and supplies', 2019, 26850.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Equipment and supplies', 2020, 22350.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Communication and dissemination', 2019, 40250.00),
    ((select id from application where reference = 'SIP-2018-06'), 'Communication and dissemination', 2020, 15700.00),
    ((select id from application where reference = 'SIP-2018-07'), 'Personnel and consultants', 2019, 25400.00),
    ((select id from application where reference = 'SIP-2018-07'), 'Personnel and consultants', 2020, 16900.00),
    ((select id from application where reference = 'SIP-2018-07'), 'Workshops and training', 2019, 50750.00),
    ((select id from application where reference = 'SIP-2018-07'), 'Workshops and training', 2020, 19750.00),
    ((select id from application where reference = 'SIP-2018-07'), 'Communication and dissemination', 2019, 21150.00),
    ((select id from application where reference = 'SIP-2018-07'), 'Communication and dissemination', 2020, 31050.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Personnel and consultants', 2019, 29450.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Personnel and consultants', 2020, 26150.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Equipment and laboratory supplies', 2019, 39250.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Equipment and laboratory supplies', 2020, 39250.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Workshops and training', 2019, 39250.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Workshops and training', 2020, 22900.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Travel', 2019, 49050.00),
    ((select id from application where reference = 'SIP-2018-08'), 'Travel', 2020, 19700.00),
    ((select id from application where reference = 'SIP-2018-09'), 'Personnel and consultants', 2019, 25950.00),
    ((select id from application where reference = 'SIP-2018-09'), 'Personnel and consultants', 2020, 25950.00),
    ((select id from application where reference = 'SIP-2018-09'), 'Equipment and supplies', 2019, 22700.00),
    ((select id from application where reference = 'SIP-2018-09'), 'Equipment and supplies', 2020, 13000.00),
    ((select id from application where reference = 'SIP-2018-09'), 'Travel', 2019, 35700.00),
    ((select id from application where reference = 'SIP-2018-09'), 'Travel', 2020, 21700.00),
    ((select id from application where reference = 'SIP-2018-10'), 'Communication and dissemination', 2019, 37900.00),
    ((select id from application where reference = 'SIP-2018-10'), 'Personnel and consultants', 2019, 24100.00),
    ((select id from application where reference = 'SIP-2018-11'), 'Equipment and supplies', 2019, 15000.00),
    ((select id from application where reference = 'SIP-2018-11'), 'Workshops and training', 2019, 30000.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Personnel and consultants', 2019, 17750.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Personnel and consultants', 2020, 11850.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Personnel and consultants', 2021, 17750.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Equipment and supplies', 2019, 23700.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Equipment and supplies', 2020, 23700.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Equipment and supplies', 2021, 23700.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Workshops and training', 2019, 26650.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Workshops and training', 2020, 23700.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Workshops and training', 2021, 17750.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Monitoring, evaluation and audit', 2019, 17750.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Monitoring, evaluation and audit', 2020, 11850.00),
    ((select id from application where reference = 'SIP-2018-12'), 'Monitoring, evaluation and audit', 2021, 19850.00),
    ((select id from application where reference = 'SIP-2018-13'), 'Equipment and supplies', 2019, 35000.00),
    ((select id from application where reference = 'SIP-2018-13'), 'Equipment and supplies', 2020, 40000.00),
    ((select id from application where reference = 'SIP-2018-13'), 'Personnel and consultants', 2019, 35000.00),
    ((select id from application where reference = 'SIP-2018-13'), 'Personnel and consultants', 2020, 40000.00),
    ((select id from application where reference = 'SIP-2018-13'), 'Workshops and training', 2019, 55000.00),
    ((select id from application where reference = 'SIP-2018-13'), 'Workshops and training', 2020, 40000.00),
    ((select id from application where reference = 'SIP-2018-14'), 'Personnel and consultants', 2019, 13750.00),
    ((select id from application where reference = 'SIP-2018-14'), 'Personnel and consultants', 2020, 16500.00),
    ((select id from application where reference = 'SIP-2018-14'), 'Workshops and training', 2019, 27550.00),
    ((select id from application where reference = 'SIP-2018-14'), 'Workshops and training', 2020, 20200.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Personnel and consultants', 2019, 37050.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Personnel and consultants', 2020, 19750.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Equipment and supplies', 2019, 29650.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Equipment and supplies', 2020, 14800.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Workshops and training', 2019, 25950.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Workshops and training', 2020, 22250.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Monitoring, evaluation and audit', 2019, 40750.00),
    ((select id from application where reference = 'SIP-2018-15'), 'Monitoring, evaluation and audit', 2020, 19800.00),
    ((select id from application where reference = 'SIP-2018-16'), 'Personnel and consultants', 2019, 32150.00),
    ((select id from application where reference = 'SIP-2018-16'), 'Personnel and consultants', 2020, 35700.00),
    ((select id from application where reference = 'SIP-2018-16'), 'Workshops and training', 2019, 26800.00),
    ((select id from application where reference = 'SIP-2018-16'), 'Workshops and training', 2020, 17850.00),
    ((select id from application where reference = 'SIP-2018-16'), 'Travel', 2019, 37500.00),
    ((select id from application where reference = 'SIP-2018-16'), 'Travel', 2020, 25000.00),
    ((select id from application where reference = 'SIP-2018-17'), 'Personnel and consultants', 2019, 30000.00),
    ((select id from application where reference = 'SIP-2018-17'), 'Workshops and training', 2019, 30000.00),
    ((select id from application where reference = 'SIP-2018-18'), 'Equipment and supplies', 2019, 85000.00),
    ((select id from application where reference = 'SIP-2018-19'), 'Personnel and consultants', 2019, 18800.00),
    ((select id from application where reference = 'SIP-2018-19'), 'Personnel and consultants', 2020, 8350.00),
    ((select id from application where reference = 'SIP-2018-19'), 'Equipment and supplies', 2019, 12550.00),
    ((select id from application where reference = 'SIP-2018-19'), 'Equipment and supplies', 2020, 12550.00),
    ((select id from application where reference = 'SIP-2018-19'), 'Communication and dissemination', 2019, 23000.00),
    ((select id from application where reference = 'SIP-2018-19'), 'Communication and dissemination', 2020, 16750.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Personnel and consultants', 2019, 31600.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Personnel and consultants', 2020, 25750.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Workshops and training', 2019, 42100.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Workshops and training', 2020, 11700.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Travel', 2019, 35100.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Travel', 2020, 11700.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Monitoring, evaluation and audit', 2019, 17550.00),
    ((select id from application where reference = 'SIP-2018-20'), 'Monitoring, evaluation and audit', 2020, 14000.00);

-- Each application’s history, one row per status change.
insert into application_event (application_id, from_status, to_status, reason, happened_at, done_by) values
    ((select id from application where reference = 'SIP-2018-01'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-27 14:10:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-01'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-28 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-01'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-01'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-01'), 'UNDER_REVIEW', 'APPROVED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-02'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-14 09:30:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-02'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-15 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-02'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-02'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-02'), 'UNDER_REVIEW', 'APPROVED_WITH_CONDITIONS', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-03'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-30 16:45:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-03'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-31 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-03'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-03'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-03'), 'UNDER_REVIEW', 'APPROVED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-04'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-29 08:20:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-04'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-30 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-04'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-04'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-04'), 'UNDER_REVIEW', 'APPROVED_WITH_CONDITIONS', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-05'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-07-23 10:05:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-05'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-07-24 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-05'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-05'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-05'), 'UNDER_REVIEW', 'APPROVED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-06'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-20 13:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-06'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-21 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-06'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-06'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-06'), 'UNDER_REVIEW', 'DEFERRED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-07'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-31 15:30:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-07'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-09-01 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-07'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-07'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-07'), 'UNDER_REVIEW', 'DEFERRED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-08'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-17 11:15:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-08'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-18 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-08'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-08'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-08'), 'UNDER_REVIEW', 'DEFERRED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-09'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-08 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-09'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-09 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-09'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-09'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-09'), 'UNDER_REVIEW', 'REJECTED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-10'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-07-30 12:40:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-10'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-07-31 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-10'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-10'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-10'), 'UNDER_REVIEW', 'REJECTED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-11'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-06-28 10:30:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-11'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-06-29 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-11'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-11'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-11'), 'UNDER_REVIEW', 'REJECTED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-12'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-03 07:50:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-12'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-04 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-12'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-12'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-12'), 'UNDER_REVIEW', 'DEFERRED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-13'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-24 06:30:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-13'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-25 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-13'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-13'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-13'), 'UNDER_REVIEW', 'REJECTED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-14'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-10 13:20:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-14'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-11 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-14'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-14'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-14'), 'UNDER_REVIEW', 'REJECTED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-15'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-22 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-15'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-23 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-15'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-15'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-15'), 'UNDER_REVIEW', 'DEFERRED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-16'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-07-12 16:20:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-16'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-07-13 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-16'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-16'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-16'), 'UNDER_REVIEW', 'REJECTED', 'Decision of the second meeting of the Governing Board, Oslo, 2–3 October 2018.', TIMESTAMP '2018-10-03 16:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-17'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-16 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-17'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-08-17 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-17'), 'SCREENING', 'INELIGIBLE', 'Montenegro had not deposited its instrument of ratification when the round closed: only Parties are eligible under decision MC-1/6. The Party is encouraged to apply once the Convention has entered into force for it.', TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-18'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-08-31 21:10:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-18'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-09-01 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-18'), 'SCREENING', 'INELIGIBLE', 'The application was sent by a private cooperative, not by the Government, and has no official endorsement letter from the national focal point. Applications must come from a Party’s government.', TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-19'), NULL, 'RECEIVED', 'Received by e-mail.', TIMESTAMP '2018-07-05 14:30:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-19'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-07-06 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-19'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-07 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-19'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-10 09:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-19'), 'UNDER_REVIEW', 'WITHDRAWN', 'Withdrawn by the Agency on 14 September 2018: the activities are now covered by a GEF-funded project.', TIMESTAMP '2018-09-14 11:30:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-20'), NULL, 'RECEIVED', 'Registered outside the round’s window: see the reason recorded on the application.', TIMESTAMP '2018-09-04 09:40:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-20'), 'RECEIVED', 'SCREENING', NULL, TIMESTAMP '2018-09-05 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-20'), 'SCREENING', 'ELIGIBLE', NULL, TIMESTAMP '2018-09-12 15:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-20'), 'ELIGIBLE', 'UNDER_REVIEW', 'Sent to the Governing Board for scoring.', TIMESTAMP '2018-09-14 09:00:00', 'programme');

-- Screening against the checklist: every screened application, all items met except those
-- updated below with a comment.
insert into screening_check (application_id, checklist_item_id, met)
select a.id, i.id, true from application a join round_checklist_item i on i.round_id = a.round_id
where a.round_id = (select id from sip_round where round_number = 1);
update screening_check set met = false, comment = 'In-kind contribution stated in form IA; no confirming letter.'
where application_id = (select id from application where reference = 'SIP-2018-09')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'COFINANCING');
update screening_check set met = false, comment = 'In-kind contribution stated in form IA; no confirming letter.'
where application_id = (select id from application where reference = 'SIP-2018-10')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'COFINANCING');
update screening_check set met = false, comment = 'No endorsement letter: sent by a private cooperative, not by the national focal point.'
where application_id = (select id from application where reference = 'SIP-2018-18')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'ENDORSEMENT');
update screening_check set met = false, comment = 'No indicators.'
where application_id = (select id from application where reference = 'SIP-2018-18')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'LOGFRAME');
update screening_check set met = false, comment = 'None.'
where application_id = (select id from application where reference = 'SIP-2018-18')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'COFINANCING');
update screening_check set met = true, comment = 'Letter signed by the Ministry; Montenegro is not yet a Party.'
where application_id = (select id from application where reference = 'SIP-2018-17')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'ENDORSEMENT');
update screening_check set met = true, comment = 'Letter dated 28 August 2018, received with the late application.'
where application_id = (select id from application where reference = 'SIP-2018-20')
  and checklist_item_id = (select id from round_checklist_item where round_id = (select id from sip_round where round_number = 1) and code = 'ENDORSEMENT');

-- A declared conflict of interest (members from the applicant Party are recused without one).
insert into conflict_declaration (member_id, application_id, reason, declared_at) values
    ((select id from committee_member where username = 'mfernandez'), (select id from application where reference = 'SIP-2018-01'), 'Works for the Basel Convention Coordinating Centre in Montevideo, named in the application as an executing partner.', TIMESTAMP '2018-09-18 10:00:00');

-- Score sheets: every member not recused scored most applications under review; the late
-- application SIP-2018-20 is still being scored (one draft, and the chair and member have not
-- started). Members never score an application from their own country.
insert into score_sheet (member_id, application_id, status, comment, submitted_at)
select m.id, a.id, v.status, v.comment, v.submitted_at
from (values
    ('chair', 'SIP-2018-01', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-20 15:20:00'),
    ('aowusu', 'SIP-2018-01', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 17:05:00'),
    ('mdiop', 'SIP-2018-01', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-21 10:50:00'),
    ('lhaddad', 'SIP-2018-01', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-14 10:35:00'),
    ('dsantoso', 'SIP-2018-01', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-22 10:05:00'),
    ('jnovakova', 'SIP-2018-01', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-12 17:05:00'),
    ('irusu', 'SIP-2018-01', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-17 14:20:00'),
    ('member', 'SIP-2018-01', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-16 15:35:00'),
    ('ubrunner', 'SIP-2018-01', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-13 18:20:00'),
    ('chair', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-24 08:05:00'),
    ('aowusu', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-16 14:35:00'),
    ('mdiop', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-21 11:20:00'),
    ('lhaddad', 'SIP-2018-02', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-21 10:35:00'),
    ('dsantoso', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-19 09:20:00'),
    ('jnovakova', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-25 09:20:00'),
    ('irusu', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-18 17:35:00'),
    ('member', 'SIP-2018-02', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 16:05:00'),
    ('mfernandez', 'SIP-2018-02', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-16 12:35:00'),
    ('chair', 'SIP-2018-03', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-15 12:50:00'),
    ('aowusu', 'SIP-2018-03', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-26 07:50:00'),
    ('mdiop', 'SIP-2018-03', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-19 12:05:00'),
    ('lhaddad', 'SIP-2018-03', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-16 15:20:00'),
    ('dsantoso', 'SIP-2018-03', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-24 09:35:00'),
    ('jnovakova', 'SIP-2018-03', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-23 17:35:00'),
    ('irusu', 'SIP-2018-03', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-25 15:50:00'),
    ('member', 'SIP-2018-03', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-13 18:35:00'),
    ('mfernandez', 'SIP-2018-03', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-23 17:05:00'),
    ('ubrunner', 'SIP-2018-03', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-19 10:05:00'),
    ('chair', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-26 09:05:00'),
    ('aowusu', 'SIP-2018-04', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-25 11:35:00'),
    ('mdiop', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-24 10:05:00'),
    ('lhaddad', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-21 14:50:00'),
    ('dsantoso', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-13 11:50:00'),
    ('jnovakova', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-18 14:50:00'),
    ('irusu', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-18 11:05:00'),
    ('member', 'SIP-2018-04', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-16 17:35:00'),
    ('mfernandez', 'SIP-2018-04', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-14 16:05:00'),
    ('ubrunner', 'SIP-2018-04', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-24 07:50:00'),
    ('chair', 'SIP-2018-05', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-21 17:20:00'),
    ('aowusu', 'SIP-2018-05', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-25 10:20:00'),
    ('mdiop', 'SIP-2018-05', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-13 16:20:00'),
    ('lhaddad', 'SIP-2018-05', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-26 08:05:00'),
    ('jnovakova', 'SIP-2018-05', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-22 17:20:00'),
    ('irusu', 'SIP-2018-05', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-23 07:50:00'),
    ('member', 'SIP-2018-05', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 18:20:00'),
    ('mfernandez', 'SIP-2018-05', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-24 14:35:00'),
    ('ubrunner', 'SIP-2018-05', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-26 13:05:00'),
    ('chair', 'SIP-2018-06', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-24 12:50:00'),
    ('aowusu', 'SIP-2018-06', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 13:50:00'),
    ('mdiop', 'SIP-2018-06', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-25 09:20:00'),
    ('lhaddad', 'SIP-2018-06', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-22 16:35:00'),
    ('dsantoso', 'SIP-2018-06', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-20 17:50:00'),
    ('jnovakova', 'SIP-2018-06', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-18 16:35:00'),
    ('irusu', 'SIP-2018-06', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-19 12:05:00'),
    ('mfernandez', 'SIP-2018-06', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 09:50:00'),
    ('ubrunner', 'SIP-2018-06', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 08:50:00'),
    ('chair', 'SIP-2018-07', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-12 11:50:00'),
    ('mdiop', 'SIP-2018-07', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-21 15:50:00'),
    ('lhaddad', 'SIP-2018-07', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-22 17:50:00'),
    ('dsantoso', 'SIP-2018-07', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-26 10:20:00'),
    ('irusu', 'SIP-2018-07', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 13:20:00'),
    ('member', 'SIP-2018-07', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-20 17:20:00'),
    ('mfernandez', 'SIP-2018-07', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-16 11:05:00'),
    ('ubrunner', 'SIP-2018-07', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 18:20:00'),
    ('chair', 'SIP-2018-08', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-16 10:20:00'),
    ('aowusu', 'SIP-2018-08', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-13 10:35:00'),
    ('mdiop', 'SIP-2018-08', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 08:35:00'),
    ('lhaddad', 'SIP-2018-08', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-12 18:05:00'),
    ('dsantoso', 'SIP-2018-08', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-14 09:20:00'),
    ('jnovakova', 'SIP-2018-08', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 09:50:00'),
    ('irusu', 'SIP-2018-08', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-23 08:05:00'),
    ('member', 'SIP-2018-08', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-18 17:20:00'),
    ('mfernandez', 'SIP-2018-08', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-14 16:05:00'),
    ('ubrunner', 'SIP-2018-08', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-13 13:05:00'),
    ('chair', 'SIP-2018-09', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-23 11:35:00'),
    ('aowusu', 'SIP-2018-09', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-13 08:05:00'),
    ('dsantoso', 'SIP-2018-09', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 12:20:00'),
    ('jnovakova', 'SIP-2018-09', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 12:35:00'),
    ('member', 'SIP-2018-09', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-21 08:20:00'),
    ('mfernandez', 'SIP-2018-09', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-12 18:20:00'),
    ('ubrunner', 'SIP-2018-09', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-14 16:35:00'),
    ('chair', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-14 11:50:00'),
    ('aowusu', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-18 12:50:00'),
    ('mdiop', 'SIP-2018-10', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-13 15:35:00'),
    ('lhaddad', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-14 10:50:00'),
    ('dsantoso', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-14 13:50:00'),
    ('jnovakova', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-24 07:50:00'),
    ('irusu', 'SIP-2018-10', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-25 09:50:00'),
    ('member', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-15 09:20:00'),
    ('mfernandez', 'SIP-2018-10', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-12 12:20:00'),
    ('chair', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 08:05:00'),
    ('aowusu', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-22 08:50:00'),
    ('mdiop', 'SIP-2018-11', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-24 16:50:00'),
    ('lhaddad', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-12 09:05:00'),
    ('dsantoso', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-23 16:05:00'),
    ('jnovakova', 'SIP-2018-11', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-15 17:20:00'),
    ('irusu', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-20 16:50:00'),
    ('member', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-20 10:05:00'),
    ('mfernandez', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 11:20:00'),
    ('ubrunner', 'SIP-2018-11', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-26 11:50:00'),
    ('chair', 'SIP-2018-12', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-23 11:50:00'),
    ('aowusu', 'SIP-2018-12', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-18 16:50:00'),
    ('mdiop', 'SIP-2018-12', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-19 18:05:00'),
    ('lhaddad', 'SIP-2018-12', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-13 16:20:00'),
    ('dsantoso', 'SIP-2018-12', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-13 11:35:00'),
    ('jnovakova', 'SIP-2018-12', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-20 14:05:00'),
    ('irusu', 'SIP-2018-12', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 12:50:00'),
    ('member', 'SIP-2018-12', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-24 07:20:00'),
    ('ubrunner', 'SIP-2018-12', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-23 17:35:00'),
    ('chair', 'SIP-2018-13', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-17 14:35:00'),
    ('aowusu', 'SIP-2018-13', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-26 13:20:00'),
    ('mdiop', 'SIP-2018-13', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-20 14:05:00'),
    ('lhaddad', 'SIP-2018-13', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 10:20:00'),
    ('jnovakova', 'SIP-2018-13', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-13 09:50:00'),
    ('irusu', 'SIP-2018-13', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-19 08:35:00'),
    ('member', 'SIP-2018-13', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-14 18:35:00'),
    ('mfernandez', 'SIP-2018-13', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 11:20:00'),
    ('ubrunner', 'SIP-2018-13', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-18 11:05:00'),
    ('chair', 'SIP-2018-14', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-22 16:35:00'),
    ('aowusu', 'SIP-2018-14', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-25 08:50:00'),
    ('mdiop', 'SIP-2018-14', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 14:35:00'),
    ('lhaddad', 'SIP-2018-14', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 09:35:00'),
    ('jnovakova', 'SIP-2018-14', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 12:35:00'),
    ('member', 'SIP-2018-14', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-15 12:20:00'),
    ('mfernandez', 'SIP-2018-14', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-21 08:05:00'),
    ('ubrunner', 'SIP-2018-14', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-15 08:05:00'),
    ('chair', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-14 14:20:00'),
    ('aowusu', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-16 10:35:00'),
    ('mdiop', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-22 18:20:00'),
    ('lhaddad', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-20 17:50:00'),
    ('dsantoso', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-22 10:05:00'),
    ('jnovakova', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-26 16:50:00'),
    ('irusu', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 14:35:00'),
    ('member', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-26 17:50:00'),
    ('mfernandez', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-14 08:05:00'),
    ('ubrunner', 'SIP-2018-15', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 08:05:00'),
    ('chair', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-17 14:20:00'),
    ('mdiop', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-19 09:05:00'),
    ('lhaddad', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-14 13:20:00'),
    ('dsantoso', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-16 10:35:00'),
    ('jnovakova', 'SIP-2018-16', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-17 10:35:00'),
    ('irusu', 'SIP-2018-16', 'SUBMITTED', 'The design is weak; not recommended in its present form.', TIMESTAMP '2018-09-18 17:35:00'),
    ('member', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-23 13:20:00'),
    ('mfernandez', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-12 17:50:00'),
    ('ubrunner', 'SIP-2018-16', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-14 09:05:00'),
    ('aowusu', 'SIP-2018-20', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-28 16:05:00'),
    ('mdiop', 'SIP-2018-20', 'SUBMITTED', 'Strong proposal; I recommend approval.', TIMESTAMP '2018-09-26 10:50:00'),
    ('lhaddad', 'SIP-2018-20', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-27 07:50:00'),
    ('jnovakova', 'SIP-2018-20', 'SUBMITTED', 'Sound, but the budget and the co-financing need clarification.', TIMESTAMP '2018-09-28 12:50:00'),
    ('ubrunner', 'SIP-2018-20', 'DRAFT', '', TIMESTAMP '2018-01-01 00:00:00')
) as v (username, reference, status, comment, submitted_at)
join committee_member m on m.username = v.username
join application a on a.reference = v.reference;
update score_sheet set comment = NULL, submitted_at = NULL where status = 'DRAFT';

-- The scores, criterion by criterion (columns in the order of the criteria).
insert into score (sheet_id, criterion_id, score_value)
select s.id, c.id, case c.code when 'RELEVANCE' then v.s1 when 'OWNERSHIP' then v.s2 when 'SOUNDNESS' then v.s3 when 'SUSTAINABILITY' then v.s4 when 'COST' then v.s5 when 'GENDER' then v.s6 end
from (values
    ('chair', 'SIP-2018-01', 5, 3, 5, 4, 3, 4),
    ('aowusu', 'SIP-2018-01', 5, 3, 3, 3, 5, 2),
    ('mdiop', 'SIP-2018-01', 4, 4, 4, 4, 5, 3),
    ('lhaddad', 'SIP-2018-01', 5, 5, 4, 4, 3, 4),
    ('dsantoso', 'SIP-2018-01', 5, 5, 4, 4, 3, 3),
    ('jnovakova', 'SIP-2018-01', 4, 4, 4, 3, 4, 3),
    ('irusu', 'SIP-2018-01', 5, 4, 5, 4, 3, 4),
    ('member', 'SIP-2018-01', 5, 4, 3, 3, 3, 3),
    ('ubrunner', 'SIP-2018-01', 4, 4, 4, 4, 4, 3),
    ('chair', 'SIP-2018-02', 4, 5, 4, 4, 2, 5),
    ('aowusu', 'SIP-2018-02', 5, 5, 4, 5, 4, 4),
    ('mdiop', 'SIP-2018-02', 3, 5, 5, 5, 3, 5),
    ('lhaddad', 'SIP-2018-02', 3, 5, 4, 3, 3, 4),
    ('dsantoso', 'SIP-2018-02', 4, 4, 5, 4, 4, 4),
    ('jnovakova', 'SIP-2018-02', 5, 5, 4, 4, 2, 5),
    ('irusu', 'SIP-2018-02', 4, 5, 5, 4, 3, 5),
    ('member', 'SIP-2018-02', 4, 5, 4, 3, 3, 4),
    ('mfernandez', 'SIP-2018-02', 3, 5, 3, 5, 4, 5),
    ('chair', 'SIP-2018-03', 5, 5, 4, 2, 3, 3),
    ('aowusu', 'SIP-2018-03', 5, 4, 4, 2, 4, 4),
    ('mdiop', 'SIP-2018-03', 4, 4, 5, 4, 3, 5),
    ('lhaddad', 'SIP-2018-03', 5, 3, 3, 3, 5, 4),
    ('dsantoso', 'SIP-2018-03', 4, 5, 4, 3, 4, 3),
    ('jnovakova', 'SIP-2018-03', 4, 5, 4, 2, 5, 3),
    ('irusu', 'SIP-2018-03', 5, 4, 4, 3, 5, 5),
    ('member', 'SIP-2018-03', 5, 5, 3, 3, 5, 5),
    ('mfernandez', 'SIP-2018-03', 5, 4, 4, 2, 4, 5),
    ('ubrunner', 'SIP-2018-03', 5, 5, 5, 3, 3, 5),
    ('chair', 'SIP-2018-04', 5, 3, 4, 5, 5, 4),
    ('aowusu', 'SIP-2018-04', 5, 4, 3, 3, 4, 4),
    ('mdiop', 'SIP-2018-04', 5, 4, 4, 4, 4, 3),
    ('lhaddad', 'SIP-2018-04', 5, 4, 3, 5, 4, 4),
    ('dsantoso', 'SIP-2018-04', 5, 4, 4, 4, 4, 4),
    ('jnovakova', 'SIP-2018-04', 5, 3, 4, 5, 4, 2),
    ('irusu', 'SIP-2018-04', 5, 5, 4, 4, 3, 4),
    ('member', 'SIP-2018-04', 5, 3, 4, 3, 4, 3),
    ('mfernandez', 'SIP-2018-04', 5, 5, 4, 4, 4, 3),
    ('ubrunner', 'SIP-2018-04', 5, 4, 4, 4, 4, 1),
    ('chair', 'SIP-2018-05', 4, 5, 4, 4, 4, 4),
    ('aowusu', 'SIP-2018-05', 4, 5, 4, 3, 4, 5),
    ('mdiop', 'SIP-2018-05', 5, 5, 4, 3, 4, 4),
    ('lhaddad', 'SIP-2018-05', 4, 4, 4, 5, 3, 4),
    ('jnovakova', 'SIP-2018-05', 4, 5, 3, 3, 5, 4),
    ('irusu', 'SIP-2018-05', 4, 5, 3, 3, 3, 5),
    ('member', 'SIP-2018-05', 4, 5, 3, 3, 4, 4),
    ('mfernandez', 'SIP-2018-05', 4, 4, 4, 4, 3, 4),
    ('ubrunner', 'SIP-2018-05', 4, 5, 4, 3, 5, 3),
    ('chair', 'SIP-2018-06', 4, 3, 2, 2, 2, 3),
    ('aowusu', 'SIP-2018-06', 4, 3, 3, 2, 4, 4),
    ('mdiop', 'SIP-2018-06', 5, 4, 4, 4, 3, 3),
    ('lhaddad', 'SIP-2018-06', 5, 3, 4, 4, 3, 3),
    ('dsantoso', 'SIP-2018-06', 4, 3, 3, 4, 3, 3),
    ('jnovakova', 'SIP-2018-06', 5, 2, 1, 3, 3, 2),
    ('irusu', 'SIP-2018-06', 3, 2, 2, 3, 3, 3),
    ('mfernandez', 'SIP-2018-06', 4, 3, 4, 4, 4, 2),
    ('ubrunner', 'SIP-2018-06', 5, 2, 2, 3, 3, 4),
    ('chair', 'SIP-2018-07', 3, 4, 2, 3, 3, 2),
    ('mdiop', 'SIP-2018-07', 4, 2, 3, 3, 2, 4),
    ('lhaddad', 'SIP-2018-07', 4, 3, 4, 4, 3, 2),
    ('dsantoso', 'SIP-2018-07', 5, 2, 3, 3, 3, 4),
    ('irusu', 'SIP-2018-07', 5, 4, 3, 3, 3, 2),
    ('member', 'SIP-2018-07', 4, 2, 4, 3, 3, 4),
    ('mfernandez', 'SIP-2018-07', 4, 2, 3, 2, 2, 2),
    ('ubrunner', 'SIP-2018-07', 3, 2, 2, 3, 4, 3),
    ('chair', 'SIP-2018-08', 3, 4, 2, 3, 2, 2),
    ('aowusu', 'SIP-2018-08', 3, 3, 3, 4, 1, 3),
    ('mdiop', 'SIP-2018-08', 4, 3, 2, 3, 2, 2),
    ('lhaddad', 'SIP-2018-08', 5, 3, 3, 3, 3, 3),
    ('dsantoso', 'SIP-2018-08', 5, 3, 3, 3, 3, 3),
    ('jnovakova', 'SIP-2018-08', 5, 3, 4, 4, 1, 3),
    ('irusu', 'SIP-2018-08', 4, 3, 3, 3, 3, 2),
    ('member', 'SIP-2018-08', 5, 4, 2, 3, 2, 3),
    ('mfernandez', 'SIP-2018-08', 4, 3, 3, 2, 3, 3),
    ('ubrunner', 'SIP-2018-08', 4, 4, 2, 2, 1, 3),
    ('chair', 'SIP-2018-09', 3, 3, 3, 2, 3, 3),
    ('aowusu', 'SIP-2018-09', 4, 2, 1, 2, 3, 3),
    ('dsantoso', 'SIP-2018-09', 3, 4, 3, 2, 2, 3),
    ('jnovakova', 'SIP-2018-09', 3, 2, 2, 3, 2, 3),
    ('member', 'SIP-2018-09', 4, 4, 3, 2, 3, 2),
    ('mfernandez', 'SIP-2018-09', 5, 3, 1, 2, 3, 3),
    ('ubrunner', 'SIP-2018-09', 5, 3, 1, 2, 2, 4),
    ('chair', 'SIP-2018-10', 3, 3, 1, 3, 4, 4),
    ('aowusu', 'SIP-2018-10', 3, 3, 1, 3, 4, 2),
    ('mdiop', 'SIP-2018-10', 3, 3, 3, 3, 3, 3),
    ('lhaddad', 'SIP-2018-10', 3, 2, 1, 1, 3, 2),
    ('dsantoso', 'SIP-2018-10', 4, 4, 2, 1, 2, 2),
    ('jnovakova', 'SIP-2018-10', 3, 3, 2, 2, 3, 4),
    ('irusu', 'SIP-2018-10', 2, 4, 3, 3, 3, 4),
    ('member', 'SIP-2018-10', 3, 3, 1, 2, 2, 2),
    ('mfernandez', 'SIP-2018-10', 2, 3, 3, 2, 4, 3),
    ('chair', 'SIP-2018-11', 2, 4, 3, 2, 2, 3),
    ('aowusu', 'SIP-2018-11', 4, 3, 3, 1, 2, 4),
    ('mdiop', 'SIP-2018-11', 3, 4, 4, 2, 2, 4),
    ('lhaddad', 'SIP-2018-11', 3, 3, 2, 2, 1, 5),
    ('dsantoso', 'SIP-2018-11', 2, 4, 3, 2, 2, 3),
    ('jnovakova', 'SIP-2018-11', 3, 3, 3, 3, 3, 4),
    ('irusu', 'SIP-2018-11', 3, 3, 3, 2, 2, 5),
    ('member', 'SIP-2018-11', 3, 4, 2, 2, 2, 5),
    ('mfernandez', 'SIP-2018-11', 2, 3, 3, 1, 2, 4),
    ('ubrunner', 'SIP-2018-11', 3, 3, 2, 3, 2, 4),
    ('chair', 'SIP-2018-12', 5, 3, 3, 5, 3, 5),
    ('aowusu', 'SIP-2018-12', 5, 4, 3, 5, 3, 3),
    ('mdiop', 'SIP-2018-12', 5, 4, 3, 4, 4, 5),
    ('lhaddad', 'SIP-2018-12', 4, 4, 2, 4, 3, 5),
    ('dsantoso', 'SIP-2018-12', 3, 4, 4, 4, 4, 5),
    ('jnovakova', 'SIP-2018-12', 5, 4, 4, 5, 4, 4),
    ('irusu', 'SIP-2018-12', 4, 4, 4, 4, 3, 3),
    ('member', 'SIP-2018-12', 3, 4, 3, 3, 3, 3),
    ('ubrunner', 'SIP-2018-12', 5, 5, 3, 5, 2, 3),
    ('chair', 'SIP-2018-13', 3, 3, 2, 1, 3, 2),
    ('aowusu', 'SIP-2018-13', 4, 3, 3, 2, 2, 1),
    ('mdiop', 'SIP-2018-13', 3, 3, 3, 2, 2, 1),
    ('lhaddad', 'SIP-2018-13', 4, 2, 3, 3, 1, 3),
    ('jnovakova', 'SIP-2018-13', 5, 4, 3, 3, 1, 3),
    ('irusu', 'SIP-2018-13', 3, 3, 4, 2, 3, 2),
    ('member', 'SIP-2018-13', 4, 2, 3, 3, 1, 2),
    ('mfernandez', 'SIP-2018-13', 4, 4, 2, 3, 2, 3),
    ('ubrunner', 'SIP-2018-13', 4, 4, 3, 3, 2, 3),
    ('chair', 'SIP-2018-14', 4, 2, 4, 3, 4, 2),
    ('aowusu', 'SIP-2018-14', 3, 3, 3, 1, 4, 2),
    ('mdiop', 'SIP-2018-14', 4, 2, 4, 2, 3, 1),
    ('lhaddad', 'SIP-2018-14', 4, 2, 3, 2, 3, 3),
    ('jnovakova', 'SIP-2018-14', 4, 2, 4, 2, 3, 2),
    ('member', 'SIP-2018-14', 2, 4, 3, 2, 2, 2),
    ('mfernandez', 'SIP-2018-14', 4, 3, 2, 2, 4, 2),
    ('ubrunner', 'SIP-2018-14', 2, 3, 4, 1, 4, 1),
    ('chair', 'SIP-2018-15', 4, 4, 2, 4, 3, 4),
    ('aowusu', 'SIP-2018-15', 4, 4, 3, 4, 3, 4),
    ('mdiop', 'SIP-2018-15', 4, 3, 3, 3, 4, 4),
    ('lhaddad', 'SIP-2018-15', 3, 4, 3, 3, 2, 3),
    ('dsantoso', 'SIP-2018-15', 4, 3, 2, 3, 3, 4),
    ('jnovakova', 'SIP-2018-15', 4, 3, 3, 3, 4, 3),
    ('irusu', 'SIP-2018-15', 5, 5, 3, 2, 3, 4),
    ('member', 'SIP-2018-15', 4, 3, 4, 4, 4, 5),
    ('mfernandez', 'SIP-2018-15', 4, 3, 4, 3, 2, 5),
    ('ubrunner', 'SIP-2018-15', 3, 4, 4, 2, 3, 4),
    ('chair', 'SIP-2018-16', 5, 3, 3, 2, 3, 3),
    ('mdiop', 'SIP-2018-16', 4, 3, 4, 2, 4, 3),
    ('lhaddad', 'SIP-2018-16', 4, 3, 2, 3, 3, 3),
    ('dsantoso', 'SIP-2018-16', 4, 3, 3, 3, 3, 3),
    ('jnovakova', 'SIP-2018-16', 4, 3, 3, 3, 2, 1),
    ('irusu', 'SIP-2018-16', 4, 4, 2, 2, 3, 1),
    ('member', 'SIP-2018-16', 3, 4, 4, 3, 2, 2),
    ('mfernandez', 'SIP-2018-16', 3, 3, 4, 3, 4, 1),
    ('ubrunner', 'SIP-2018-16', 5, 4, 4, 3, 3, 2),
    ('aowusu', 'SIP-2018-20', 5, 5, 5, 4, 4, 3),
    ('mdiop', 'SIP-2018-20', 5, 4, 4, 4, 3, 5),
    ('lhaddad', 'SIP-2018-20', 4, 4, 3, 4, 3, 3),
    ('jnovakova', 'SIP-2018-20', 4, 4, 4, 3, 2, 5)
) as v (username, reference, s1, s2, s3, s4, s5, s6)
join committee_member m on m.username = v.username
join application a on a.reference = v.reference
join score_sheet s on s.member_id = m.id and s.application_id = a.id
join round_criterion c on c.round_id = a.round_id;
-- A draft, scored so far on its first criteria only.
insert into score (sheet_id, criterion_id, score_value)
select s.id, c.id, v.score_value
from (values
    ('ubrunner', 'SIP-2018-20', 'RELEVANCE', 5),
    ('ubrunner', 'SIP-2018-20', 'OWNERSHIP', 4),
    ('ubrunner', 'SIP-2018-20', 'SOUNDNESS', 3)
) as v (username, reference, code, score_value)
join committee_member m on m.username = v.username
join application a on a.reference = v.reference
join score_sheet s on s.member_id = m.id and s.application_id = a.id
join round_criterion c on c.round_id = a.round_id and c.code = v.code;
-- Two wide disagreements for the Board to discuss, with the low scorer’s comment.
update score set comment = 'One sentence on gender; no analysis of who is exposed.'
where sheet_id = (select s.id from score_sheet s join committee_member m on m.id = s.member_id join application a on a.id = s.application_id where m.username = 'ubrunner' and a.reference = 'SIP-2018-04')
  and criterion_id = (select c.id from round_criterion c where c.round_id = (select id from sip_round where round_number = 1) and c.code = 'GENDER');
update score set comment = 'No plan for the amalgam waste once collected.'
where sheet_id = (select s.id from score_sheet s join committee_member m on m.id = s.member_id join application a on a.id = s.application_id where m.username = 'jnovakova' and a.reference = 'SIP-2018-06')
  and criterion_id = (select c.id from round_criterion c where c.round_id = (select id from sip_round where round_number = 1) and c.code = 'SOUNDNESS');

-- Oslo: the sixteen applications reviewed by the end of September, and the Board’s decisions.
insert into meeting_agenda (meeting_id, application_id)
select g.id, a.id from committee_meeting g, application a
where g.reference = 'SIP-GB-2' and a.reference in ('SIP-2018-01', 'SIP-2018-02', 'SIP-2018-03', 'SIP-2018-04', 'SIP-2018-05', 'SIP-2018-06', 'SIP-2018-07', 'SIP-2018-08', 'SIP-2018-09', 'SIP-2018-10', 'SIP-2018-11', 'SIP-2018-12', 'SIP-2018-13', 'SIP-2018-14', 'SIP-2018-15', 'SIP-2018-16');
insert into decision (meeting_id, application_id, outcome, approved_usd, conditions, reasons, recorded_at, recorded_by) values
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-01'), 'APPROVED', 138600.00, NULL, 'A well-prepared project that addresses Articles 3 and 4 directly, with strong government commitment and substantial co-financing. The Board approved a reduced amount after removing the equipment line already funded by the Government.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-02'), 'APPROVED_WITH_CONDITIONS', 92000.00, 'The budget is revised to USD 92,000 without the laboratory equipment line, and the Ministry of Health joins the project steering committee before the first tranche is paid.', 'Relevant and country-driven, with a clear plan for the health sector. The site-screening component is approved at a smaller scale; the equipment requested is available through UNEP’s regional laboratory network.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-03'), 'APPROVED', 98750.00, NULL, 'High relevance to Article 7 and a credible plan for demonstrations with the mining cooperatives. The Board reduced the travel and equipment lines, which it found high for the activities described.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-04'), 'APPROVED_WITH_CONDITIONS', 131250.00, 'A payment channel acceptable to UNEP’s treasury is confirmed before the first tranche, and the inventory follows level 2 of the UNEP toolkit.', 'A solid proposal on trade controls and inventories, central to the Convention’s obligations. Approved in full; the conditions concern the payment channel and the inventory method only.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-05'), 'APPROVED', 96400.00, NULL, 'A focused, realistic project with clear outputs and strong ownership. Approved in full.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-06'), 'DEFERRED', NULL, NULL, 'The Board sees the value of the project but asks for the confirmation of the co-financing by the two state health departments and a clearer plan for the amalgam waste collected. The application may come back to the next meeting.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-07'), 'DEFERRED', NULL, NULL, 'The activities overlap with the GEF-funded national action plan under preparation; the Board asks the Party to show how the two fit together and to resubmit.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-08'), 'DEFERRED', NULL, NULL, 'The amount requested exceeds the round’s ceiling of USD 250,000. The Board asks the Party to bring the budget within the ceiling, possibly by phasing the measurements.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-09'), 'REJECTED', NULL, NULL, 'The Board found the technical approach insufficiently described and the budget heavily weighted towards travel, with no co-financing in cash. The Party is encouraged to apply again with a revised design.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-10'), 'REJECTED', NULL, NULL, 'The campaign is useful but stands alone: without the import controls or inventory that would make it effective, the Board did not consider it capacity-building within the meaning of the programme’s guidelines.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-11'), 'REJECTED', NULL, NULL, 'The amount requested is below the round’s minimum of USD 50,000 and the project is mostly the purchase of equipment; the Board suggests combining it with a broader health-sector phase-out in a later round.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-12'), 'DEFERRED', NULL, NULL, 'A promising project whose duration of 30 months exceeds the round’s maximum of 24. The Board asks for a 24-month version, which it will consider at its next meeting.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-13'), 'REJECTED', NULL, NULL, 'Most of the budget is construction, which the programme does not fund, and the sustainability of the centres after the project is not shown.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-14'), 'REJECTED', NULL, NULL, 'The gap analysis was largely carried out under the Minamata Initial Assessment; the Board asks the Party to focus a new application on the amendments and their enforcement.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-15'), 'DEFERRED', NULL, NULL, 'The Board asks for the letters of the cooperatives confirming their in-kind contribution and for a budget that separates the monitoring costs.', TIMESTAMP '2018-10-03 15:00:00', 'programme'),
    ((select id from committee_meeting where reference = 'SIP-GB-2'), (select id from application where reference = 'SIP-2018-16'), 'REJECTED', NULL, NULL, 'The Board considered that enforcement against illegal trade falls largely outside the programme’s scope as described, and that the risks to the project were not addressed.', TIMESTAMP '2018-10-03 15:00:00', 'programme');

-- The grants’ money: one allocation per grant on the SIP earmark, attributed to the earmark’s
-- donors pro rata — Norway, the only one that has paid into it.
insert into allocation (fund_id, earmark_id, purpose, target_kind, target_id, amount_usd, allocated_on, recorded_at, recorded_by) values
    ((select id from fund where code = 'SIP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'SIP' and e.code = 'SIP'), 'SIP grant SIPG-2018-01', 'GRANT', NULL, 98750.00, DATE '2018-12-10', TIMESTAMP '2018-12-10 11:00:00', 'finance'),
    ((select id from fund where code = 'SIP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'SIP' and e.code = 'SIP'), 'SIP grant SIPG-2018-02', 'GRANT', NULL, 96400.00, DATE '2018-12-12', TIMESTAMP '2018-12-12 11:00:00', 'finance'),
    ((select id from fund where code = 'SIP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'SIP' and e.code = 'SIP'), 'SIP grant SIPG-2018-03', 'GRANT', NULL, 92000.00, DATE '2018-12-14', TIMESTAMP '2018-12-14 11:00:00', 'finance'),
    ((select id from fund where code = 'SIP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'SIP' and e.code = 'SIP'), 'SIP grant SIPG-2018-04', 'GRANT', NULL, 138600.00, DATE '2019-03-05', TIMESTAMP '2019-03-05 11:00:00', 'finance'),
    ((select id from fund where code = 'SIP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'SIP' and e.code = 'SIP'), 'SIP grant SIPG-2018-05', 'GRANT', NULL, 131250.00, DATE '2019-03-12', TIMESTAMP '2019-03-12 11:00:00', 'finance');
insert into allocation_share (allocation_id, donor_id, amount_usd)
select a.id, (select id from organisation where name = 'Government of Norway'), a.amount_usd
from allocation a where a.purpose in ('SIP grant SIPG-2018-01', 'SIP grant SIPG-2018-02', 'SIP grant SIPG-2018-03', 'SIP grant SIPG-2018-04', 'SIP grant SIPG-2018-05');

insert into sip_grant (application_id, decision_id, reference, agreement_reference, signed_on, approved_usd, allocation_id, illustrative, recorded_at, recorded_by) values
    ((select id from application where reference = 'SIP-2018-03'), (select d.id from decision d join application a on a.id = d.application_id where a.reference = 'SIP-2018-03'), 'SIPG-2018-01', 'SSFA/MCS/SIP/2018/BJ', DATE '2018-12-10', 98750.00, (select id from allocation where purpose = 'SIP grant SIPG-2018-01'), true, TIMESTAMP '2018-12-10 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-05'), (select d.id from decision d join application a on a.id = d.application_id where a.reference = 'SIP-2018-05'), 'SIPG-2018-02', 'SSFA/MCS/SIP/2018/LS', DATE '2018-12-12', 96400.00, (select id from allocation where purpose = 'SIP grant SIPG-2018-02'), true, TIMESTAMP '2018-12-12 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-02'), (select d.id from decision d join application a on a.id = d.application_id where a.reference = 'SIP-2018-02'), 'SIPG-2018-03', 'SSFA/MCS/SIP/2018/AM', DATE '2018-12-14', 92000.00, (select id from allocation where purpose = 'SIP grant SIPG-2018-03'), true, TIMESTAMP '2018-12-14 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-01'), (select d.id from decision d join application a on a.id = d.application_id where a.reference = 'SIP-2018-01'), 'SIPG-2018-04', 'SSFA/MCS/SIP/2019/AR', DATE '2019-03-05', 138600.00, (select id from allocation where purpose = 'SIP grant SIPG-2018-04'), true, TIMESTAMP '2019-03-05 10:00:00', 'programme'),
    ((select id from application where reference = 'SIP-2018-04'), (select d.id from decision d join application a on a.id = d.application_id where a.reference = 'SIP-2018-04'), 'SIPG-2018-05', 'SSFA/MCS/SIP/2019/IR', DATE '2019-03-12', 131250.00, (select id from allocation where purpose = 'SIP grant SIPG-2018-05'), true, TIMESTAMP '2019-03-12 10:00:00', 'programme');
update allocation set target_id = (select g.id from sip_grant g where g.allocation_id = allocation.id)
where target_kind = 'GRANT' and purpose in ('SIP grant SIPG-2018-01', 'SIP grant SIPG-2018-02', 'SIP grant SIPG-2018-03', 'SIP grant SIPG-2018-04', 'SIP grant SIPG-2018-05');

-- Progress reports: each releases its grant’s second tranche once accepted. Benin’s is accepted
-- (its second tranche can be paid), Lesotho’s, Argentina’s and Iran’s received and under review,
-- Armenia’s not received (overdue).
insert into grant_report (grant_id, kind, reference, due_on, received_on, accepted_on) values
    ((select id from sip_grant where reference = 'SIPG-2018-01'), 'PROGRESS', 'SIPG-2018-01/PR-1', DATE '2019-06-30', DATE '2019-06-21', DATE '2019-07-15'),
    ((select id from sip_grant where reference = 'SIPG-2018-02'), 'PROGRESS', 'SIPG-2018-02/PR-1', DATE '2019-06-30', DATE '2019-07-12', NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-03'), 'PROGRESS', 'SIPG-2018-03/PR-1', DATE '2019-06-30', NULL, NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-04'), 'PROGRESS', 'SIPG-2018-04/PR-1', DATE '2019-09-30', DATE '2019-09-20', NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-05'), 'PROGRESS', 'SIPG-2018-05/PR-1', DATE '2019-09-30', DATE '2019-10-04', NULL);

-- First tranches paid: an expense against the grant’s allocation for each.
insert into expense (allocation_id, spent_on, amount_usd, description, reference, recorded_at, recorded_by) values
    ((select id from allocation where purpose = 'SIP grant SIPG-2018-01'), DATE '2018-12-20', 59250.00, 'First tranche of SIP grant SIPG-2018-01 (Benin)', 'PV-2018-12-0412', TIMESTAMP '2018-12-20 14:00:00', 'finance'),
    ((select id from allocation where purpose = 'SIP grant SIPG-2018-02'), DATE '2018-12-21', 57840.00, 'First tranche of SIP grant SIPG-2018-02 (Lesotho)', 'PV-2018-12-0418', TIMESTAMP '2018-12-21 14:00:00', 'finance'),
    ((select id from allocation where purpose = 'SIP grant SIPG-2018-03'), DATE '2019-01-15', 55200.00, 'First tranche of SIP grant SIPG-2018-03 (Armenia)', 'PV-2019-01-0027', TIMESTAMP '2019-01-15 14:00:00', 'finance'),
    ((select id from allocation where purpose = 'SIP grant SIPG-2018-04'), DATE '2019-03-18', 83160.00, 'First tranche of SIP grant SIPG-2018-04 (Argentina)', 'PV-2019-03-0133', TIMESTAMP '2019-03-18 14:00:00', 'finance'),
    ((select id from allocation where purpose = 'SIP grant SIPG-2018-05'), DATE '2019-04-16', 78750.00, 'First tranche of SIP grant SIPG-2018-05 (Iran)', 'PV-2019-04-0158', TIMESTAMP '2019-04-16 14:00:00', 'finance');

insert into tranche (grant_id, tranche_number, amount_usd, planned_on, condition_report_id, paid_on, expense_id) values
    ((select id from sip_grant where reference = 'SIPG-2018-01'), 1, 59250.00, DATE '2018-12-20', NULL, DATE '2018-12-20', (select id from expense where reference = 'PV-2018-12-0412')),
    ((select id from sip_grant where reference = 'SIPG-2018-01'), 2, 39500.00, DATE '2019-08-01', (select id from grant_report where reference = 'SIPG-2018-01/PR-1'), NULL, NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-02'), 1, 57840.00, DATE '2018-12-21', NULL, DATE '2018-12-21', (select id from expense where reference = 'PV-2018-12-0418')),
    ((select id from sip_grant where reference = 'SIPG-2018-02'), 2, 38560.00, DATE '2019-08-01', (select id from grant_report where reference = 'SIPG-2018-02/PR-1'), NULL, NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-03'), 1, 55200.00, DATE '2019-01-15', NULL, DATE '2019-01-15', (select id from expense where reference = 'PV-2019-01-0027')),
    ((select id from sip_grant where reference = 'SIPG-2018-03'), 2, 36800.00, DATE '2019-08-01', (select id from grant_report where reference = 'SIPG-2018-03/PR-1'), NULL, NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-04'), 1, 83160.00, DATE '2019-03-18', NULL, DATE '2019-03-18', (select id from expense where reference = 'PV-2019-03-0133')),
    ((select id from sip_grant where reference = 'SIPG-2018-04'), 2, 55440.00, DATE '2019-10-31', (select id from grant_report where reference = 'SIPG-2018-04/PR-1'), NULL, NULL),
    ((select id from sip_grant where reference = 'SIPG-2018-05'), 1, 78750.00, DATE '2019-04-16', NULL, DATE '2019-04-16', (select id from expense where reference = 'PV-2019-04-0158')),
    ((select id from sip_grant where reference = 'SIPG-2018-05'), 2, 52500.00, DATE '2019-10-31', (select id from grant_report where reference = 'SIPG-2018-05/PR-1'), NULL, NULL);

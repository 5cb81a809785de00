-- DEMO, ILLUSTRATIVE. Capacity building (schema: V9__projects.sql): the events the secretariat’s
-- report to COP-2 tells as activities, and the EU-funded capacity-building project with its
-- logical framework, activities and three national pilot projects.
-- Facts from the report (seeds/000_246a16ba3155832c.txt): the Bureau’s teleconferences of
-- 20 December 2017 and 27 April 2018 and its Geneva meeting of 13–14 September 2018; the ad hoc
-- expert group on effectiveness evaluation in Ottawa, 5–9 March 2018, at Canada’s invitation; the
-- Implementation and Compliance Committee’s first meeting, Geneva, 29–30 May 2018; the webinar on
-- mercury trade for Latin America and the Caribbean of 27 June 2018 with UNEP’s regional office,
-- the Chemicals and Health Branch and the Global Mercury Partnership (another, for Asia and the
-- Pacific, planned); the regional consultations (Lusaka 9–10, Chisinau 16–17, Bangkok 23–24,
-- Lima 30–31 October 2018) paid by Austria, Japan, Sweden and Switzerland with the regional
-- centres doing logistics and travel; COP-2, Geneva, 19–23 November 2018; the EU concept note
-- focused first on mercury trade and mercury emissions, with regional and subregional workshops,
-- training materials, national pilot projects, lessons learned and a first needs assessment.
-- Invented, and flagged illustrative = true on their rows: the EU project’s period, budget,
-- logical framework and figures, its workshops, materials and pilot projects; the dates of the
-- three other expert groups’ online meetings; every budget, participant and cost. Rows carrying
-- only facts from the report (the Bureau, Ottawa, the Committee, the planned webinar) are not
-- flagged. Participants are counts: no names (full_name stays null).
-- Money follows V4__demo_contributions.sql: each costed activity has one allocation
-- (target_kind 'ACTIVITY') from its earmark, attributed to that earmark’s donors pro rata to
-- what each had received and not yet allocated on the allocation’s day (AttributionRule, largest
-- remainder to the cent), and expenses below it. Allocated of what each earmark received:
-- STF/CONSULTATIONS: USD 635,000.00 of 939,167.81
-- STF/DELEGATES: USD 110,000.00 of 120,000.00
-- EUP/EU_PROJECT: USD 428,000.00 of 834,260.29
-- (STF/DELEGATES and EUP/EU_PROJECT: the European Union alone; Switzerland’s payment into
-- STF/DELEGATES was reversed, V4).

-- The EU-funded project, under the EU’s conditional agreement EU-DCI-ENV-2018 (EUR 1.5 million,
-- USD 1,685,393.26 at signature). The agreement runs to November 2021 for its final reports; the
-- activities ran from December 2018 to November 2020.
insert into project (code, title, donor_id, pledge_id, period_start, period_end, budget_usd, concept_note, focus_areas, earmark_id, illustrative) values
    ('EU-MC-CB-2018', 'Capacity building on mercury trade and mercury emissions (EU-funded project)', (select id from organisation where name = 'European Union'), (select id from pledge where reference = 'EU-DCI-ENV-2018'), DATE '2018-12-01', DATE '2020-11-30', 1685393.26, 'The secretariat’s concept note for EU funding of capacity building and technical assistance under the Minamata Convention. It focuses first on two questions Parties rank as priorities at the subregional and regional levels: trade in mercury (Article 3: consent procedures, customs codes and controls) and mercury emissions from the point sources listed in Annex D (Article 8: inventories, best available techniques and best environmental practices). Over the biennium the project runs regional and subregional training workshops, produces training materials in English, French and Spanish, implements national pilot projects in eligible Parties, disseminates the lessons learned and makes a first assessment of Parties’ needs. Implementation starts at the end of 2018 and the beginning of 2019 (illustrative).', 'Mercury trade; mercury emissions', (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), true);

-- Its logical framework: two outcomes, two outputs under each.
insert into project_result (project_id, result_level, parent_id, code, description, position) values
    ((select id from project where code = 'EU-MC-CB-2018'), 'OUTCOME', NULL, 'OC1', 'Parties control trade in mercury under Article 3 of the Convention', 1),
    ((select id from project where code = 'EU-MC-CB-2018'), 'OUTCOME', NULL, 'OC2', 'Parties identify and control mercury emissions from the point sources listed in Annex D', 2);
insert into project_result (project_id, result_level, parent_id, code, description, position) values
    ((select id from project where code = 'EU-MC-CB-2018'), 'OUTPUT', (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC1'), 'OP1.1', 'Customs and environment officials trained on mercury trade controls', 1),
    ((select id from project where code = 'EU-MC-CB-2018'), 'OUTPUT', (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC1'), 'OP1.2', 'Training materials on mercury trade and emissions available in English, French and Spanish', 2),
    ((select id from project where code = 'EU-MC-CB-2018'), 'OUTPUT', (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC2'), 'OP2.1', 'Parties’ needs assessed and officials trained on emission inventories and controls', 1),
    ((select id from project where code = 'EU-MC-CB-2018'), 'OUTPUT', (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC2'), 'OP2.2', 'National pilot projects implemented and their lessons learned disseminated', 2);

-- Indicators with their baselines and targets, and the values reached by period (cumulative
-- levels; the trained officials are the delegates registered at the workshops and the webinar).
insert into indicator (result_id, name, unit, baseline, target) values
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC1'), 'Parties using the Article 3 consent forms', 'Parties', 12, 30),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1'), 'Officials trained on mercury trade controls', 'people', 0, 80),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1'), 'Women among the officials trained on mercury trade', '%', 0, 40),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.2'), 'Training modules published in English, French and Spanish', 'modules', 0, 2),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC2'), 'Parties with an inventory of Annex D emission sources', 'Parties', 6, 15),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1'), 'Parties covered by the needs assessment', 'Parties', 0, 40),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1'), 'Officials trained on emission inventories and controls', 'people', 0, 60),
    ((select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.2'), 'National pilot projects completed', 'pilot projects', 0, 3);
insert into indicator_value (indicator_id, period_label, measured_on, amount, recorded_by) values
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC1') and i.name = 'Parties using the Article 3 consent forms'), '2019', DATE '2019-12-31', 19, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC1') and i.name = 'Parties using the Article 3 consent forms'), '2020', DATE '2020-11-30', 26, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1') and i.name = 'Officials trained on mercury trade controls'), '2019', DATE '2019-12-31', 50, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1') and i.name = 'Officials trained on mercury trade controls'), '2020', DATE '2020-11-30', 50, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1') and i.name = 'Women among the officials trained on mercury trade'), '2019', DATE '2019-12-31', 54.0, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.2') and i.name = 'Training modules published in English, French and Spanish'), '2019', DATE '2019-12-31', 1, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.2') and i.name = 'Training modules published in English, French and Spanish'), '2020', DATE '2020-11-30', 2, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC2') and i.name = 'Parties with an inventory of Annex D emission sources'), '2019', DATE '2019-12-31', 8, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OC2') and i.name = 'Parties with an inventory of Annex D emission sources'), '2020', DATE '2020-11-30', 11, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1') and i.name = 'Parties covered by the needs assessment'), '2019', DATE '2019-12-31', 37, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1') and i.name = 'Officials trained on emission inventories and controls'), '2019', DATE '2019-12-31', 0, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1') and i.name = 'Officials trained on emission inventories and controls'), '2020', DATE '2020-11-30', 30, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.2') and i.name = 'National pilot projects completed'), '2019', DATE '2019-12-31', 0, 'programme'),
    ((select i.id from indicator i where i.result_id = (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.2') and i.name = 'National pilot projects completed'), '2020', DATE '2020-11-30', 2, 'programme');

-- The activities. Stand-alone events (project_id null) first, then the EU project’s. Held ones
-- ended before today; products and field work have dates (their period) and no venue.
insert into activity (project_id, activity_type, title, region, start_on, end_on, venue_city, venue_country_id, online, output_id, budget_usd, status, status_reason, illustrative) values
    (NULL, 'COMMITTEE_OR_BUREAU_MEETING', 'Bureau of the Conference of the Parties: teleconference of 20 December 2017', NULL, DATE '2017-12-20', DATE '2017-12-20', NULL, NULL, true, NULL, 0.00, 'HELD', NULL, false),
    (NULL, 'COMMITTEE_OR_BUREAU_MEETING', 'Bureau of the Conference of the Parties: teleconference of 27 April 2018', NULL, DATE '2018-04-27', DATE '2018-04-27', NULL, NULL, true, NULL, 0.00, 'HELD', NULL, false),
    (NULL, 'COMMITTEE_OR_BUREAU_MEETING', 'Bureau of the Conference of the Parties: meeting in Geneva, 13–14 September 2018', NULL, DATE '2018-09-13', DATE '2018-09-14', 'Geneva', (select id from country where iso_code = 'CH'), false, NULL, 0.00, 'HELD', NULL, false),
    (NULL, 'EXPERT_GROUP_MEETING', 'Ad hoc group of experts on effectiveness evaluation, Ottawa', NULL, DATE '2018-03-05', DATE '2018-03-09', 'Ottawa', (select id from country where iso_code = 'CA'), false, NULL, 0.00, 'HELD', NULL, false),
    (NULL, 'EXPERT_GROUP_MEETING', 'Expert group on interim storage of mercury: online meeting', NULL, DATE '2018-02-20', DATE '2018-02-20', NULL, NULL, true, NULL, 0.00, 'HELD', NULL, true),
    (NULL, 'EXPERT_GROUP_MEETING', 'Expert group on mercury waste thresholds: online meeting', NULL, DATE '2018-04-17', DATE '2018-04-17', NULL, NULL, true, NULL, 0.00, 'HELD', NULL, true),
    (NULL, 'EXPERT_GROUP_MEETING', 'Expert group on guidance for contaminated sites: online meeting', NULL, DATE '2018-06-05', DATE '2018-06-05', NULL, NULL, true, NULL, 0.00, 'HELD', NULL, true),
    (NULL, 'COMMITTEE_OR_BUREAU_MEETING', 'First meeting of the Implementation and Compliance Committee', NULL, DATE '2018-05-29', DATE '2018-05-30', 'Geneva', (select id from country where iso_code = 'CH'), false, NULL, 0.00, 'HELD', NULL, false),
    (NULL, 'WEBINAR', 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean', 'LATIN_AMERICA_CARIBBEAN', DATE '2018-06-27', DATE '2018-06-27', NULL, NULL, true, NULL, 0.00, 'HELD', NULL, true),
    (NULL, 'WEBINAR', 'Webinar on mercury trade for Asia and the Pacific', 'ASIA_PACIFIC', NULL, NULL, NULL, NULL, true, NULL, 0.00, 'PLANNED', NULL, false),
    (NULL, 'REGIONAL_CONSULTATION', 'Regional consultation for Africa in preparation for COP-2, Lusaka', 'AFRICA', DATE '2018-10-09', DATE '2018-10-10', 'Lusaka', (select id from country where iso_code = 'ZM'), false, NULL, 185000.00, 'HELD', NULL, true),
    (NULL, 'REGIONAL_CONSULTATION', 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau', 'EASTERN_EUROPE', DATE '2018-10-16', DATE '2018-10-17', 'Chisinau', (select id from country where iso_code = 'MD'), false, NULL, 110000.00, 'HELD', NULL, true),
    (NULL, 'REGIONAL_CONSULTATION', 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok', 'ASIA_PACIFIC', DATE '2018-10-23', DATE '2018-10-24', 'Bangkok', (select id from country where iso_code = 'TH'), false, NULL, 175000.00, 'HELD', NULL, true),
    (NULL, 'REGIONAL_CONSULTATION', 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima', 'LATIN_AMERICA_CARIBBEAN', DATE '2018-10-30', DATE '2018-10-31', 'Lima', (select id from country where iso_code = 'PE'), false, NULL, 165000.00, 'HELD', NULL, true),
    (NULL, 'CONFERENCE', 'Second meeting of the Conference of the Parties (COP-2)', NULL, DATE '2018-11-19', DATE '2018-11-23', 'Geneva', (select id from country where iso_code = 'CH'), false, NULL, 110000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'NEEDS_ASSESSMENT', 'First needs assessment of Parties on mercury trade and emissions', NULL, DATE '2019-02-01', DATE '2019-10-31', NULL, NULL, false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1'), 45000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'TRAINING_MATERIAL', 'Training module on mercury trade: Article 3 consent procedures and customs controls', NULL, DATE '2019-03-01', DATE '2019-11-29', NULL, NULL, false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.2'), 60000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'REGIONAL_WORKSHOP', 'Regional workshop on mercury trade controls for Africa, Pretoria', 'AFRICA', DATE '2019-05-14', DATE '2019-05-16', 'Pretoria', (select id from country where iso_code = 'ZA'), false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1'), 135000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'SUBREGIONAL_WORKSHOP', 'Subregional workshop on mercury trade controls for South America, Montevideo', 'LATIN_AMERICA_CARIBBEAN', DATE '2019-09-10', DATE '2019-09-12', 'Montevideo', (select id from country where iso_code = 'UY'), false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.1'), 90000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'TRAINING_MATERIAL', 'Training module on mercury emissions: inventories and controls for Annex D sources', NULL, DATE '2019-09-02', DATE '2020-06-30', NULL, NULL, false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP1.2'), 65000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'REGIONAL_WORKSHOP', 'Regional workshop on mercury emissions from Annex D sources for Asia and the Pacific, Bangkok', 'ASIA_PACIFIC', DATE '2020-03-24', DATE '2020-03-26', 'Bangkok', (select id from country where iso_code = 'TH'), false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1'), 125000.00, 'CANCELLED', 'Cancelled on 12 March 2020: COVID-19 travel restrictions. Replaced by a webinar on the same subject (illustrative).', true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'WEBINAR', 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific', 'ASIA_PACIFIC', DATE '2020-06-16', DATE '2020-06-16', NULL, NULL, true, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.1'), 8000.00, 'HELD', NULL, true),
    ((select id from project where code = 'EU-MC-CB-2018'), 'LESSONS_LEARNED_DISSEMINATION', 'Lessons learned from the national pilot projects on mercury trade and emissions', NULL, DATE '2020-09-01', DATE '2020-11-30', NULL, NULL, false, (select id from project_result where project_id = (select id from project where code = 'EU-MC-CB-2018') and code = 'OP2.2'), 25000.00, 'HELD', NULL, true);

-- The countries each event served: the countries its delegates came from.
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean'), id from country where iso_code in ('AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'DO', 'EC', 'GT', 'HN', 'JM', 'MX', 'PA', 'PE', 'PY', 'TT', 'UY');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), id from country where iso_code in ('BF', 'BI', 'BJ', 'BW', 'CG', 'CI', 'DJ', 'ET', 'GA', 'GH', 'GM', 'GN', 'KE', 'LS', 'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA', 'NE', 'NG', 'RW', 'SC', 'SL', 'SN', 'SZ', 'TD', 'TG', 'TZ', 'UG', 'ZA', 'ZM');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), id from country where iso_code in ('AL', 'AM', 'AZ', 'BA', 'BG', 'BY', 'CZ', 'EE', 'GE', 'HR', 'HU', 'KG', 'KZ', 'LT', 'LV', 'MD', 'ME', 'MK', 'PL', 'RO', 'RS', 'SI', 'SK', 'TJ', 'UA');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), id from country where iso_code in ('AE', 'BD', 'BT', 'CN', 'FJ', 'ID', 'IN', 'IR', 'JO', 'KH', 'KI', 'KW', 'LA', 'LK', 'MM', 'MN', 'MY', 'NP', 'PH', 'PK', 'PW', 'SA', 'TH', 'TO', 'VN', 'WS');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), id from country where iso_code in ('AG', 'AR', 'BO', 'BR', 'BS', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'GY', 'HN', 'JM', 'KN', 'LC', 'MX', 'NI', 'PA', 'PE', 'PY', 'SR', 'SV', 'UY', 'VE');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), id from country where iso_code in ('BJ', 'BW', 'GH', 'KE', 'LS', 'MW', 'MZ', 'NA', 'NG', 'SN', 'SZ', 'TZ', 'UG', 'ZA', 'ZM');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), id from country where iso_code in ('AR', 'BO', 'BR', 'CL', 'EC', 'GY', 'PE', 'PY', 'SR', 'UY');
insert into activity_country (activity_id, country_id)
select (select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific'), id from country where iso_code in ('BD', 'CN', 'FJ', 'ID', 'IN', 'KH', 'LA', 'LK', 'MN', 'MY', 'PH', 'TH', 'VN');

-- Partners: the regional centres did the consultations’ logistics and travel; the four donors
-- paid for them.
insert into activity_partner (activity_id, organisation_id, partner_role) values
    ((select id from activity where title = 'Ad hoc group of experts on effectiveness evaluation, Ottawa'), (select id from organisation where name = 'Government of Canada'), 'HOST'),
    ((select id from activity where title = 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean'), (select id from organisation where name = 'UNEP Regional Office for Latin America and the Caribbean'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean'), (select id from organisation where name = 'UNEP Economy Division, Chemicals and Health Branch'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean'), (select id from organisation where name = 'Global Mercury Partnership'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Webinar on mercury trade for Asia and the Pacific'), (select id from organisation where name = 'UNEP Regional Office for Asia and the Pacific'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), (select id from organisation where name = 'Africa Institute for the Environmentally Sound Management of Hazardous and other Wastes (Pretoria)'), 'LOGISTICS'),
    ((select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), (select id from organisation where name = 'Government of Austria'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), (select id from organisation where name = 'Government of Japan'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), (select id from organisation where name = 'Government of Sweden'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), (select id from organisation where name = 'Government of Switzerland'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), (select id from organisation where name = 'Research Centre for Toxic Compounds in the Environment (Brno)'), 'LOGISTICS'),
    ((select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), (select id from organisation where name = 'Government of Austria'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), (select id from organisation where name = 'Government of Japan'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), (select id from organisation where name = 'Government of Sweden'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), (select id from organisation where name = 'Government of Switzerland'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), (select id from organisation where name = 'Basel and Stockholm Convention Regional Centre for South-East Asia (Jakarta)'), 'LOGISTICS'),
    ((select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), (select id from organisation where name = 'Government of Austria'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), (select id from organisation where name = 'Government of Japan'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), (select id from organisation where name = 'Government of Sweden'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), (select id from organisation where name = 'Government of Switzerland'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), (select id from organisation where name = 'Basel Convention Coordinating Centre for Latin America and the Caribbean (Montevideo)'), 'LOGISTICS'),
    ((select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), (select id from organisation where name = 'Government of Austria'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), (select id from organisation where name = 'Government of Japan'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), (select id from organisation where name = 'Government of Sweden'), 'FUNDER'),
    ((select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), (select id from organisation where name = 'Government of Switzerland'), 'FUNDER'),
    ((select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), (select id from organisation where name = 'UNEP Economy Division, Chemicals and Health Branch'), 'LOGISTICS'),
    ((select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), (select id from organisation where name = 'Secretariat of the Basel, Rotterdam and Stockholm Conventions'), 'LOGISTICS'),
    ((select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), (select id from organisation where name = 'United Nations Office at Nairobi, Division of Conference Services'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), (select id from organisation where name = 'UNEP Law Division'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), (select id from organisation where name = 'European Union'), 'FUNDER'),
    ((select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), (select id from organisation where name = 'UNEP Regional Office for Africa'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), (select id from organisation where name = 'Africa Institute for the Environmentally Sound Management of Hazardous and other Wastes (Pretoria)'), 'HOST'),
    ((select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), (select id from organisation where name = 'Africa Institute for the Environmentally Sound Management of Hazardous and other Wastes (Pretoria)'), 'LOGISTICS'),
    ((select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), (select id from organisation where name = 'European Union'), 'FUNDER'),
    ((select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), (select id from organisation where name = 'UNEP Regional Office for Latin America and the Caribbean'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), (select id from organisation where name = 'Basel Convention Coordinating Centre for Latin America and the Caribbean (Montevideo)'), 'HOST'),
    ((select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), (select id from organisation where name = 'Basel Convention Coordinating Centre for Latin America and the Caribbean (Montevideo)'), 'LOGISTICS'),
    ((select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), (select id from organisation where name = 'European Union'), 'FUNDER'),
    ((select id from activity where title = 'Regional workshop on mercury emissions from Annex D sources for Asia and the Pacific, Bangkok'), (select id from organisation where name = 'UNEP Regional Office for Asia and the Pacific'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Regional workshop on mercury emissions from Annex D sources for Asia and the Pacific, Bangkok'), (select id from organisation where name = 'Basel and Stockholm Convention Regional Centre for South-East Asia (Jakarta)'), 'LOGISTICS'),
    ((select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific'), (select id from organisation where name = 'UNEP Regional Office for Asia and the Pacific'), 'CO_ORGANISER'),
    ((select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific'), (select id from organisation where name = 'Basel and Stockholm Convention Regional Centre for South-East Asia (Jakarta)'), 'CO_ORGANISER');

insert into deliverable (activity_id, kind, title, languages) values
    ((select id from activity where title = 'Bureau of the Conference of the Parties: teleconference of 20 December 2017'), 'REPORT', 'Report of the Bureau’s teleconference of 20 December 2017', 'EN'),
    ((select id from activity where title = 'Bureau of the Conference of the Parties: teleconference of 27 April 2018'), 'REPORT', 'Report of the Bureau’s teleconference of 27 April 2018', 'EN'),
    ((select id from activity where title = 'Bureau of the Conference of the Parties: meeting in Geneva, 13–14 September 2018'), 'REPORT', 'Report of the Bureau’s meeting of 13–14 September 2018', 'EN'),
    ((select id from activity where title = 'Ad hoc group of experts on effectiveness evaluation, Ottawa'), 'REPORT', 'Report of the ad hoc group of experts on effectiveness evaluation', 'EN'),
    ((select id from activity where title = 'First meeting of the Implementation and Compliance Committee'), 'REPORT', 'Report of the Implementation and Compliance Committee’s first meeting (UNEP/MC/COP.2/11)', 'EN, FR, ES, AR, ZH, RU'),
    ((select id from activity where title = 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean'), 'REPORT', 'Questions and answers on mercury trade raised at the webinar', 'ES, EN'),
    ((select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), 'REPORT', 'Report of the regional consultation for Africa', 'EN, FR'),
    ((select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), 'REPORT', 'Report of the regional consultation for Central and Eastern Europe and Central Asia', 'EN, RU'),
    ((select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), 'REPORT', 'Report of the regional consultation for Asia and the Pacific', 'EN'),
    ((select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), 'REPORT', 'Report of the regional consultation for Latin America and the Caribbean', 'ES, EN'),
    ((select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), 'REPORT', 'Report of the Conference of the Parties on the work of its second meeting', 'EN, FR, ES, AR, ZH, RU'),
    ((select id from activity where title = 'First needs assessment of Parties on mercury trade and emissions'), 'REPORT', 'Capacity-building needs of Parties on mercury trade and emissions: a first overview', 'EN, FR, ES'),
    ((select id from activity where title = 'Training module on mercury trade: Article 3 consent procedures and customs controls'), 'TRAINING_MATERIAL', 'Mercury trade under the Minamata Convention: a training module for customs and environment officials', 'EN, FR, ES'),
    ((select id from activity where title = 'Training module on mercury trade: Article 3 consent procedures and customs controls'), 'PRESENTATION', 'Mercury trade: slides for trainers', 'EN, FR, ES'),
    ((select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), 'REPORT', 'Report of the regional workshop on mercury trade controls for Africa', 'EN, FR'),
    ((select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), 'REPORT', 'Report of the subregional workshop on mercury trade controls for South America', 'ES, EN'),
    ((select id from activity where title = 'Training module on mercury emissions: inventories and controls for Annex D sources'), 'TRAINING_MATERIAL', 'Mercury emissions from Annex D sources: a training module on inventories, best available techniques and best environmental practices', 'EN, FR, ES'),
    ((select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific'), 'PRESENTATION', 'Mercury emissions from Annex D sources: webinar slides', 'EN'),
    ((select id from activity where title = 'Lessons learned from the national pilot projects on mercury trade and emissions'), 'PUBLICATION', 'Controlling mercury trade and emissions: lessons from three national pilot projects', 'EN, FR, ES');

-- Participants by country, organisation, gender and role (no names). At the consultations each
-- delegate of an eligible country had the travel paid from STF/CONSULTATIONS (the host’s second
-- and third delegates, and delegates of EU member states, paid their own); at the EU project’s
-- workshops both officials of each country were paid from EUP/EU_PROJECT; webinars pay no travel.
-- Regional consultation for Africa in preparation for COP-2, Lusaka: 42 participants, 22 women, 33 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, case when v.funded then (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS') end, TIMESTAMP '2018-10-10 18:00:00', 'programme'
from (values
    ('ZM', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('ZM', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('ZM', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('ZA', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('BW', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('NA', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('MW', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('MZ', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('TZ', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('KE', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('UG', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('RW', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('BI', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('ET', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('GH', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('NG', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('SN', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('ML', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('BF', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('BJ', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('TG', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('CI', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('GA', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('CG', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('TD', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('MG', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('MU', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('SC', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('LS', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('SZ', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('GM', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('GN', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('SL', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('MR', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('NE', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('DJ', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('ZA', 'Africa Institute', 'FEMALE', 'ORGANISER', false),
    ('ZA', 'Africa Institute', 'FEMALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'FEMALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Basel, Rotterdam and Stockholm Conventions', 'UNDISCLOSED', 'RESOURCE_PERSON', false),
    ('KE', 'Non-governmental organisation', 'FEMALE', 'OBSERVER', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau: 32 participants, 15 women, 13 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, case when v.funded then (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS') end, TIMESTAMP '2018-10-17 18:00:00', 'programme'
from (values
    ('MD', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('MD', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('MD', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('AL', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', true),
    ('AM', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('AZ', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('BY', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('BA', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('GE', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', true),
    ('ME', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('MK', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('RS', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('UA', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('BG', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', false),
    ('HR', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('CZ', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('EE', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('HU', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('LV', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', false),
    ('LT', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('RO', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('SK', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('SI', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('PL', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', false),
    ('KZ', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('KG', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('TJ', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('CZ', 'RECETOX', 'FEMALE', 'ORGANISER', false),
    ('CZ', 'RECETOX', 'UNDISCLOSED', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'ORGANISER', false),
    ('CH', 'UNEP Regional Office for Europe', 'FEMALE', 'RESOURCE_PERSON', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok: 34 participants, 15 women, 25 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, case when v.funded then (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS') end, TIMESTAMP '2018-10-24 18:00:00', 'programme'
from (values
    ('TH', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('TH', 'Ministry of Health', 'FEMALE', 'DELEGATE', false),
    ('TH', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('ID', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', true),
    ('MY', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('PH', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('VN', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('KH', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('LA', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('MM', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('CN', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('IN', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('BD', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('LK', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('NP', 'Environmental protection agency', 'UNDISCLOSED', 'DELEGATE', true),
    ('PK', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('BT', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('MN', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('IR', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', true),
    ('JO', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('KW', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('AE', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('SA', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('FJ', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('WS', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('TO', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('KI', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('PW', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('ID', 'BCRC-SCRC South-East Asia', 'FEMALE', 'ORGANISER', false),
    ('ID', 'BCRC-SCRC South-East Asia', 'FEMALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'UNDISCLOSED', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'ORGANISER', false),
    ('TH', 'UNEP Regional Office for Asia and the Pacific', 'FEMALE', 'RESOURCE_PERSON', false),
    ('JP', 'Government of Japan', 'FEMALE', 'OBSERVER', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima: 33 participants, 15 women, 25 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, case when v.funded then (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS') end, TIMESTAMP '2018-10-31 18:00:00', 'programme'
from (values
    ('PE', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('PE', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('PE', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('AR', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('BO', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('BR', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('CL', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('CO', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('EC', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', true),
    ('PY', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('UY', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('VE', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('GY', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('SR', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('MX', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('GT', 'Ministry of Environment', 'UNDISCLOSED', 'DELEGATE', true),
    ('HN', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('SV', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('NI', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', true),
    ('CR', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('PA', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('CU', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('DO', 'Ministry of Health', 'MALE', 'DELEGATE', true),
    ('JM', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', true),
    ('AG', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('BS', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('KN', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('LC', 'Ministry of Health', 'FEMALE', 'DELEGATE', true),
    ('UY', 'BCCC-SCRC Uruguay', 'MALE', 'ORGANISER', false),
    ('UY', 'BCCC-SCRC Uruguay', 'FEMALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'ORGANISER', false),
    ('PA', 'UNEP Regional Office for Latin America and the Caribbean', 'MALE', 'RESOURCE_PERSON', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean: 43 participants, 20 women, 0 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Webinar on mercury trade and the Minamata Convention for Latin America and the Caribbean'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, NULL, TIMESTAMP '2018-06-27 18:00:00', 'programme'
from (values
    ('AR', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('AR', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('AR', 'Ministry of Trade', 'MALE', 'DELEGATE', false),
    ('BR', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('BR', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('CL', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('CL', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('CL', 'Ministry of Trade', 'MALE', 'DELEGATE', false),
    ('CO', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('CO', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('CO', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('CO', 'Ministry of Trade', 'MALE', 'DELEGATE', false),
    ('EC', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('EC', 'Ministry of Trade', 'FEMALE', 'DELEGATE', false),
    ('EC', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('PE', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('PE', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('PE', 'Ministry of Trade', 'MALE', 'DELEGATE', false),
    ('PE', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('BO', 'Ministry of Trade', 'FEMALE', 'DELEGATE', false),
    ('BO', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('UY', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('UY', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('PY', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('PY', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('MX', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('MX', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('MX', 'Ministry of Trade', 'MALE', 'DELEGATE', false),
    ('GT', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('GT', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('HN', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('CR', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('CR', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('PA', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('PA', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('DO', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('DO', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('JM', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('TT', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('PA', 'UNEP Regional Office for Latin America and the Caribbean', 'MALE', 'ORGANISER', false),
    ('CH', 'UNEP Chemicals and Health Branch', 'FEMALE', 'RESOURCE_PERSON', false),
    ('CH', 'UNEP Chemicals and Health Branch', 'MALE', 'RESOURCE_PERSON', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'RESOURCE_PERSON', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Regional workshop on mercury trade controls for Africa, Pretoria: 35 participants, 19 women, 28 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, case when v.funded then (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT') end, TIMESTAMP '2019-05-16 18:00:00', 'programme'
from (values
    ('ZA', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('ZA', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('BW', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('BW', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('NA', 'Ministry of Trade', 'MALE', 'DELEGATE', true),
    ('NA', 'Ministry of Environment', 'UNDISCLOSED', 'DELEGATE', true),
    ('LS', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('LS', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('SZ', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('SZ', 'Customs administration', 'MALE', 'DELEGATE', true),
    ('ZM', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('ZM', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('MW', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('MW', 'Ministry of Trade', 'MALE', 'DELEGATE', true),
    ('MZ', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('MZ', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('TZ', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('TZ', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('KE', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('KE', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('UG', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('UG', 'Customs administration', 'MALE', 'DELEGATE', true),
    ('GH', 'Customs administration', 'MALE', 'DELEGATE', true),
    ('GH', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('NG', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('NG', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('SN', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('SN', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('BJ', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('BJ', 'Customs administration', 'MALE', 'DELEGATE', true),
    ('ZA', 'Africa Institute', 'FEMALE', 'ORGANISER', false),
    ('ZA', 'Africa Institute', 'FEMALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'FEMALE', 'RESOURCE_PERSON', false),
    ('CH', 'Secretariat of the Minamata Convention', 'FEMALE', 'RESOURCE_PERSON', false),
    ('KE', 'UNEP Regional Office for Africa', 'MALE', 'RESOURCE_PERSON', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Subregional workshop on mercury trade controls for South America, Montevideo: 24 participants, 14 women, 18 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, case when v.funded then (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT') end, TIMESTAMP '2019-09-12 18:00:00', 'programme'
from (values
    ('UY', 'Customs administration', 'MALE', 'DELEGATE', false),
    ('UY', 'Customs administration', 'FEMALE', 'DELEGATE', false),
    ('AR', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('AR', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('BO', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('BO', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('BR', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('BR', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('CL', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('CL', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('EC', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('EC', 'Customs administration', 'MALE', 'DELEGATE', true),
    ('GY', 'Customs administration', 'FEMALE', 'DELEGATE', true),
    ('GY', 'Ministry of Trade', 'FEMALE', 'DELEGATE', true),
    ('PY', 'Ministry of Trade', 'MALE', 'DELEGATE', true),
    ('PY', 'Ministry of Environment', 'MALE', 'DELEGATE', true),
    ('PE', 'Ministry of Environment', 'FEMALE', 'DELEGATE', true),
    ('PE', 'Environmental protection agency', 'MALE', 'DELEGATE', true),
    ('SR', 'Environmental protection agency', 'FEMALE', 'DELEGATE', true),
    ('SR', 'Customs administration', 'MALE', 'DELEGATE', true),
    ('UY', 'BCCC-SCRC Uruguay', 'FEMALE', 'ORGANISER', false),
    ('UY', 'BCCC-SCRC Uruguay', 'FEMALE', 'ORGANISER', false),
    ('CH', 'Secretariat of the Minamata Convention', 'MALE', 'RESOURCE_PERSON', false),
    ('PA', 'UNEP Regional Office for Latin America and the Caribbean', 'MALE', 'RESOURCE_PERSON', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;
-- Webinar on mercury emissions from Annex D sources for Asia and the Pacific: 33 participants, 15 women, 0 with travel paid.
insert into participant (activity_id, country_id, organisation_name, gender, participant_role, travel_funded, earmark_id, recorded_at, recorded_by)
select (select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific'), c.id, v.organisation_name, v.gender, v.participant_role, v.funded, NULL, TIMESTAMP '2020-06-16 18:00:00', 'programme'
from (values
    ('ID', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('ID', 'Ministry of Health', 'FEMALE', 'DELEGATE', false),
    ('ID', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('ID', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('TH', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('TH', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('TH', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', false),
    ('VN', 'Ministry of Health', 'FEMALE', 'DELEGATE', false),
    ('VN', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('VN', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('PH', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('PH', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('PH', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('MY', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', false),
    ('MY', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('KH', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('KH', 'Ministry of Health', 'FEMALE', 'DELEGATE', false),
    ('LA', 'Ministry of Health', 'UNDISCLOSED', 'DELEGATE', false),
    ('LA', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('MN', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('MN', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('LK', 'Ministry of Environment', 'UNDISCLOSED', 'DELEGATE', false),
    ('LK', 'Ministry of Foreign Affairs', 'MALE', 'DELEGATE', false),
    ('BD', 'Ministry of Foreign Affairs', 'FEMALE', 'DELEGATE', false),
    ('BD', 'Ministry of Environment', 'FEMALE', 'DELEGATE', false),
    ('IN', 'Ministry of Environment', 'MALE', 'DELEGATE', false),
    ('IN', 'Ministry of Health', 'MALE', 'DELEGATE', false),
    ('CN', 'Ministry of Health', 'FEMALE', 'DELEGATE', false),
    ('CN', 'Environmental protection agency', 'MALE', 'DELEGATE', false),
    ('FJ', 'Environmental protection agency', 'FEMALE', 'DELEGATE', false),
    ('TH', 'UNEP Regional Office for Asia and the Pacific', 'MALE', 'ORGANISER', false),
    ('ID', 'BCRC-SCRC South-East Asia', 'FEMALE', 'RESOURCE_PERSON', false),
    ('ID', 'BCRC-SCRC South-East Asia', 'MALE', 'RESOURCE_PERSON', false)
) as v (iso_code, organisation_name, gender, participant_role, funded) join country c on c.iso_code = v.iso_code;

-- Costs: one allocation per costed activity, named as ActivityService names it, then its shares
-- and its expenses. Consultations: Lusaka’s, Chisinau’s and Bangkok’s allocations drew on the four
-- donors’ first payments; Lima’s also on Switzerland’s top-up of 5 October 2018.
insert into allocation (fund_id, earmark_id, purpose, target_kind, target_id, amount_usd, allocated_on, recorded_at, recorded_by) values
    ((select id from fund where code = 'STF'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS'), 'Activity: Regional consultation for Africa in preparation for COP-2, Lusaka', 'ACTIVITY', (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka'), 185000.00, DATE '2018-09-17', TIMESTAMP '2018-09-17 11:00:00', 'programme'),
    ((select id from fund where code = 'STF'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS'), 'Activity: Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau', 'ACTIVITY', (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau'), 110000.00, DATE '2018-09-24', TIMESTAMP '2018-09-24 11:00:00', 'programme'),
    ((select id from fund where code = 'STF'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS'), 'Activity: Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok', 'ACTIVITY', (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok'), 175000.00, DATE '2018-10-01', TIMESTAMP '2018-10-01 11:00:00', 'programme'),
    ((select id from fund where code = 'STF'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'CONSULTATIONS'), 'Activity: Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima', 'ACTIVITY', (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima'), 165000.00, DATE '2018-10-08', TIMESTAMP '2018-10-08 11:00:00', 'programme'),
    ((select id from fund where code = 'STF'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'STF' and e.code = 'DELEGATES'), 'Activity: Second meeting of the Conference of the Parties (COP-2)', 'ACTIVITY', (select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)'), 110000.00, DATE '2018-10-15', TIMESTAMP '2018-10-15 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: First needs assessment of Parties on mercury trade and emissions', 'ACTIVITY', (select id from activity where title = 'First needs assessment of Parties on mercury trade and emissions'), 45000.00, DATE '2019-02-01', TIMESTAMP '2019-02-01 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: Training module on mercury trade: Article 3 consent procedures and customs controls', 'ACTIVITY', (select id from activity where title = 'Training module on mercury trade: Article 3 consent procedures and customs controls'), 60000.00, DATE '2019-03-01', TIMESTAMP '2019-03-01 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: Regional workshop on mercury trade controls for Africa, Pretoria', 'ACTIVITY', (select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria'), 135000.00, DATE '2019-04-15', TIMESTAMP '2019-04-15 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: Subregional workshop on mercury trade controls for South America, Montevideo', 'ACTIVITY', (select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo'), 90000.00, DATE '2019-08-01', TIMESTAMP '2019-08-01 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: Training module on mercury emissions: inventories and controls for Annex D sources', 'ACTIVITY', (select id from activity where title = 'Training module on mercury emissions: inventories and controls for Annex D sources'), 65000.00, DATE '2019-09-02', TIMESTAMP '2019-09-02 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: Webinar on mercury emissions from Annex D sources for Asia and the Pacific', 'ACTIVITY', (select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific'), 8000.00, DATE '2020-05-15', TIMESTAMP '2020-05-15 11:00:00', 'programme'),
    ((select id from fund where code = 'EUP'), (select e.id from earmark e join fund f on f.id = e.fund_id where f.code = 'EUP' and e.code = 'EU_PROJECT'), 'Activity: Lessons learned from the national pilot projects on mercury trade and emissions', 'ACTIVITY', (select id from activity where title = 'Lessons learned from the national pilot projects on mercury trade and emissions'), 25000.00, DATE '2020-09-01', TIMESTAMP '2020-09-01 11:00:00', 'programme');
insert into allocation_share (allocation_id, donor_id, amount_usd) values
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka')), (select id from organisation where name = 'Government of Austria'), 48748.04),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka')), (select id from organisation where name = 'Government of Japan'), 57772.44),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka')), (select id from organisation where name = 'Government of Sweden'), 47131.01),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka')), (select id from organisation where name = 'Government of Switzerland'), 31348.51),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau')), (select id from organisation where name = 'Government of Austria'), 28985.32),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau')), (select id from organisation where name = 'Government of Switzerland'), 18639.66),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau')), (select id from organisation where name = 'Government of Sweden'), 28023.84),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau')), (select id from organisation where name = 'Government of Japan'), 34351.18),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok')), (select id from organisation where name = 'Government of Japan'), 54649.61),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok')), (select id from organisation where name = 'Government of Switzerland'), 29654.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok')), (select id from organisation where name = 'Government of Austria'), 46113.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok')), (select id from organisation where name = 'Government of Sweden'), 44583.39),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima')), (select id from organisation where name = 'Government of Austria'), 38807.09),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima')), (select id from organisation where name = 'Government of Sweden'), 37519.82),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima')), (select id from organisation where name = 'Government of Switzerland'), 42681.90),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima')), (select id from organisation where name = 'Government of Japan'), 45991.19),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)')), (select id from organisation where name = 'European Union'), 110000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'First needs assessment of Parties on mercury trade and emissions')), (select id from organisation where name = 'European Union'), 45000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Training module on mercury trade: Article 3 consent procedures and customs controls')), (select id from organisation where name = 'European Union'), 60000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria')), (select id from organisation where name = 'European Union'), 135000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo')), (select id from organisation where name = 'European Union'), 90000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Training module on mercury emissions: inventories and controls for Annex D sources')), (select id from organisation where name = 'European Union'), 65000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific')), (select id from organisation where name = 'European Union'), 8000.00),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Lessons learned from the national pilot projects on mercury trade and emissions')), (select id from organisation where name = 'European Union'), 25000.00);
insert into expense (allocation_id, spent_on, amount_usd, description, reference, recorded_at, recorded_by) values
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka')), DATE '2018-10-10', 38650.00, 'Venue, interpretation (English–French) and documents', 'PV-2018-10-0231', TIMESTAMP '2018-10-10 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Africa in preparation for COP-2, Lusaka')), DATE '2018-10-19', 121340.00, 'Participants’ travel and daily subsistence allowance, through the Africa Institute', 'PV-2018-10-0266', TIMESTAMP '2018-10-19 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau')), DATE '2018-10-17', 29870.00, 'Venue, interpretation (English–Russian) and documents', 'PV-2018-10-0248', TIMESTAMP '2018-10-17 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Central and Eastern Europe and Central Asia in preparation for COP-2, Chisinau')), DATE '2018-10-26', 46215.00, 'Participants’ travel and daily subsistence allowance, through RECETOX', 'PV-2018-10-0279', TIMESTAMP '2018-10-26 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok')), DATE '2018-10-24', 27540.00, 'Venue and documents', 'PV-2018-10-0284', TIMESTAMP '2018-10-24 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Asia and the Pacific in preparation for COP-2, Bangkok')), DATE '2018-11-02', 118960.00, 'Participants’ travel and daily subsistence allowance, through the BCRC-SCRC South-East Asia', 'PV-2018-11-0012', TIMESTAMP '2018-11-02 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima')), DATE '2018-10-31', 33120.00, 'Venue, interpretation (English–Spanish) and documents', 'PV-2018-10-0297', TIMESTAMP '2018-10-31 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional consultation for Latin America and the Caribbean in preparation for COP-2, Lima')), DATE '2018-11-09', 104385.00, 'Participants’ travel and daily subsistence allowance, through the BCCC-SCRC Uruguay', 'PV-2018-11-0031', TIMESTAMP '2018-11-09 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Second meeting of the Conference of the Parties (COP-2)')), DATE '2018-11-30', 104775.00, 'Travel and daily subsistence allowance of funded delegates from eligible countries, through the BRS Secretariat', 'PV-2018-11-0188', TIMESTAMP '2018-11-30 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'First needs assessment of Parties on mercury trade and emissions')), DATE '2019-06-28', 19500.00, 'Consultant: survey of Parties’ needs', 'PV-2019-06-0140', TIMESTAMP '2019-06-28 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'First needs assessment of Parties on mercury trade and emissions')), DATE '2019-10-31', 22750.00, 'Consultant: analysis and report; translation into French and Spanish', 'PV-2019-10-0233', TIMESTAMP '2019-10-31 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Training module on mercury trade: Article 3 consent procedures and customs controls')), DATE '2019-07-31', 28000.00, 'Consultant: drafting of the training module', 'PV-2019-07-0171', TIMESTAMP '2019-07-31 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Training module on mercury trade: Article 3 consent procedures and customs controls')), DATE '2019-11-29', 24350.00, 'Editing, translation into French and Spanish, layout', 'PV-2019-11-0260', TIMESTAMP '2019-11-29 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria')), DATE '2019-05-16', 36420.00, 'Venue, interpretation (English–French) and documents', 'PV-2019-05-0118', TIMESTAMP '2019-05-16 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Regional workshop on mercury trade controls for Africa, Pretoria')), DATE '2019-05-31', 84960.00, 'Participants’ travel and daily subsistence allowance, through the Africa Institute', 'PV-2019-05-0131', TIMESTAMP '2019-05-31 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo')), DATE '2019-09-12', 21880.00, 'Venue, interpretation (English–Spanish) and documents', 'PV-2019-09-0205', TIMESTAMP '2019-09-12 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Subregional workshop on mercury trade controls for South America, Montevideo')), DATE '2019-09-27', 55640.00, 'Participants’ travel and daily subsistence allowance, through the BCCC-SCRC Uruguay', 'PV-2019-09-0219', TIMESTAMP '2019-09-27 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Training module on mercury emissions: inventories and controls for Annex D sources')), DATE '2020-02-28', 30000.00, 'Consultant: drafting of the training module', 'PV-2020-02-0044', TIMESTAMP '2020-02-28 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Training module on mercury emissions: inventories and controls for Annex D sources')), DATE '2020-06-30', 26900.00, 'Editing, translation into French and Spanish, layout', 'PV-2020-06-0097', TIMESTAMP '2020-06-30 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Webinar on mercury emissions from Annex D sources for Asia and the Pacific')), DATE '2020-06-19', 5740.00, 'Webinar platform and interpretation', 'PV-2020-06-0089', TIMESTAMP '2020-06-19 14:00:00', 'programme'),
    ((select id from allocation where target_kind = 'ACTIVITY' and target_id = (select id from activity where title = 'Lessons learned from the national pilot projects on mercury trade and emissions')), DATE '2020-11-30', 17600.00, 'Editing, translation and layout of the lessons-learned publication', 'PV-2020-11-0201', TIMESTAMP '2020-11-30 14:00:00', 'programme');

-- Three national pilot projects in eligible Parties, implemented by the regional centres. Two are
-- completed (every milestone done, some late); Indonesia’s is suspended with one milestone open
-- and overdue.
insert into pilot_project (project_id, country_id, partner_id, title, budget_usd, status, status_reason, results, lessons_learned, illustrative) values
    ((select id from project where code = 'EU-MC-CB-2018'), (select id from country where iso_code = 'SN'), (select id from organisation where name = 'Africa Institute for the Environmentally Sound Management of Hazardous and other Wastes (Pretoria)'), 'National pilot project: inventory and control of mercury emissions from cement production and coal combustion, Senegal', 180000.00, 'COMPLETED', NULL, 'Annex D sources inventoried with the UNEP toolkit (two cement plants, one coal-fired power plant, one waste incinerator); control options costed for the two cement plants; a draft ministerial order on emission limit values prepared.', 'Plant operators shared data only once the ministry signed confidentiality agreements: sign them at inception. Measurement campaigns depend on the kilns’ maintenance calendar; plan them with the operators a year ahead.', true),
    ((select id from project where code = 'EU-MC-CB-2018'), (select id from country where iso_code = 'PE'), (select id from organisation where name = 'Basel Convention Coordinating Centre for Latin America and the Caribbean (Montevideo)'), 'National pilot project: controlling mercury imports and exports at customs, Peru', 170000.00, 'COMPLETED', NULL, 'Customs codes for mercury and mercury compounds aligned with the Convention; the Article 3 consent procedure run electronically between the environment ministry and customs; 46 customs officers trained at Callao and Puno.', 'Involve the customs administration’s risk unit from the start: seizures rose only once mercury was in its risk profiles. Training at border posts reached more officers than training in the capital.', true),
    ((select id from project where code = 'EU-MC-CB-2018'), (select id from country where iso_code = 'ID'), (select id from organisation where name = 'Basel and Stockholm Convention Regional Centre for South-East Asia (Jakarta)'), 'National pilot project: measuring and controlling mercury emissions from non-ferrous metal smelting, Indonesia', 160000.00, 'SUSPENDED', 'Field work stopped in March 2020: COVID-19 restrictions on travel and on visits to the smelters. To resume when the sites reopen to the measurement teams (illustrative).', 'Two smelters selected and their baseline inventory completed; stack measurements not yet made.', 'Agree site access in writing with the smelters’ owners, and keep a local measurement team able to work when experts cannot travel.', true);
insert into milestone (pilot_id, title, due_on, completed_on) values
    ((select id from pilot_project where title = 'National pilot project: inventory and control of mercury emissions from cement production and coal combustion, Senegal'), 'Inception workshop with the national stakeholders', DATE '2019-04-30', DATE '2019-04-25'),
    ((select id from pilot_project where title = 'National pilot project: inventory and control of mercury emissions from cement production and coal combustion, Senegal'), 'Inventory of Annex D sources with the UNEP toolkit', DATE '2019-10-31', DATE '2019-12-13'),
    ((select id from pilot_project where title = 'National pilot project: inventory and control of mercury emissions from cement production and coal combustion, Senegal'), 'Emission control options assessed for the two cement plants', DATE '2020-04-30', DATE '2020-06-26'),
    ((select id from pilot_project where title = 'National pilot project: inventory and control of mercury emissions from cement production and coal combustion, Senegal'), 'Final report validated by the national committee', DATE '2020-09-30', DATE '2020-09-24'),
    ((select id from pilot_project where title = 'National pilot project: controlling mercury imports and exports at customs, Peru'), 'Review of customs codes and licensing for mercury', DATE '2019-05-31', DATE '2019-05-20'),
    ((select id from pilot_project where title = 'National pilot project: controlling mercury imports and exports at customs, Peru'), 'Electronic Article 3 consent procedure tested with customs', DATE '2019-12-15', DATE '2019-12-10'),
    ((select id from pilot_project where title = 'National pilot project: controlling mercury imports and exports at customs, Peru'), 'Customs officers trained at Callao and Puno', DATE '2020-03-31', DATE '2020-03-06'),
    ((select id from pilot_project where title = 'National pilot project: controlling mercury imports and exports at customs, Peru'), 'Final report', DATE '2020-08-31', DATE '2020-10-16'),
    ((select id from pilot_project where title = 'National pilot project: measuring and controlling mercury emissions from non-ferrous metal smelting, Indonesia'), 'Inception and selection of two smelters', DATE '2019-06-30', DATE '2019-06-14'),
    ((select id from pilot_project where title = 'National pilot project: measuring and controlling mercury emissions from non-ferrous metal smelting, Indonesia'), 'Baseline inventory of the smelters’ emissions', DATE '2019-12-31', DATE '2020-01-24'),
    ((select id from pilot_project where title = 'National pilot project: measuring and controlling mercury emissions from non-ferrous metal smelting, Indonesia'), 'Stack measurements and control options at the two smelters', DATE '2020-06-30', NULL);

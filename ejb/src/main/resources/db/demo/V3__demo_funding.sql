-- DEMO. Trust funds and earmarks of the secretariat, UN operational rates of exchange for
-- 2017-2019 and the contributions of the donors the COP-2 report names (Austria, Japan, Sweden,
-- Switzerland, Norway, Canada, the European Union).
-- ILLUSTRATIVE: the report gives no amounts. Every rate, pledge and receipt below is invented,
-- plausibly, and flagged illustrative = true.

insert into fund (code, name_en, name_fr, name_es, currency_code) values
    ('GTF', 'General Trust Fund', 'Fonds d’affectation générale', 'Fondo Fiduciario General', 'USD'),
    ('STF', 'Special Trust Fund', 'Fonds d’affectation spéciale', 'Fondo Fiduciario Especial', 'USD'),
    ('SIP', 'Specific International Programme Trust Fund', 'Fonds d’affectation spéciale du Programme international spécifique', 'Fondo Fiduciario del Programa Internacional Específico', 'USD'),
    ('EUP', 'EU project account', 'Compte du projet de l’UE', 'Cuenta del proyecto de la UE', 'USD');

insert into earmark (fund_id, code, name_en, name_fr, name_es)
select f.id, e.code, e.name_en, e.name_fr, e.name_es
from fund f
join (values
    ('GTF', 'UNEARMARKED', 'Unearmarked', 'Non affecté', 'Sin asignación específica'),
    ('STF', 'UNEARMARKED', 'Unearmarked', 'Non affecté', 'Sin asignación específica'),
    ('STF', 'DELEGATES', 'Participation of delegates from eligible countries', 'Participation de délégués des pays remplissant les conditions requises', 'Participación de delegados de países que reúnen los requisitos'),
    ('STF', 'CONSULTATIONS', 'Regional consultations', 'Consultations régionales', 'Consultas regionales'),
    ('SIP', 'SIP', 'Specific International Programme', 'Programme international spécifique', 'Programa Internacional Específico'),
    ('EUP', 'EU_PROJECT', 'EU-funded capacity-building project', 'Projet de renforcement des capacités financé par l’UE', 'Proyecto de creación de capacidad financiado por la UE')
) as e (fund_code, code, name_en, name_fr, name_es) on e.fund_code = f.code;

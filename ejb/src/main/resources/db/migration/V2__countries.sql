-- Quicksilver reference data: the 193 UN member states.
--
-- Country names (English, French, Spanish) were generated from the JDK's own locale data
-- (java.util.Locale#getDisplayCountry, JDK 17, CLDR provider), so they are the JDK's short
-- common names, not the official UN designations.
--
-- Regional group = UN regional group (Turkiye, Israel and the United States counted with
-- WESTERN_EUROPE_OTHERS; Cyprus, Kiribati and the Central Asian states with ASIA_PACIFIC).
-- sip_eligibility: DEVELOPING_COUNTRY / ECONOMY_IN_TRANSITION / NOT_ELIGIBLE (WEOG, EU members,
-- Japan, Republic of Korea, Singapore).
--
-- Convention status and dates were entered from public records as known when this file was
-- written and MUST be checked against the UN Treaty Collection (depositary record for the
-- Minamata Convention on Mercury, chapter XXVII.17) before production use.
-- party_since is the date the Convention entered into force for that Party: 2017-08-16 for
-- the Parties whose instrument was deposited by 18 May 2017, otherwise the 90th day after
-- deposit of the instrument. Rows marked "-- CHECK:" carry a known doubt (estimated date or
-- unverified status). The European Union is a Party but is not a country and is not listed.

insert into country (iso_code, name_en, name_fr, name_es, regional_group, convention_status, party_since, sip_eligibility) values
    ('AF', 'Afghanistan', 'Afghanistan', 'Afganistán', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('AL', 'Albania', 'Albanie', 'Albania', 'EASTERN_EUROPE', 'PARTY', DATE '2020-08-24', 'ECONOMY_IN_TRANSITION'),
    ('DZ', 'Algeria', 'Algérie', 'Argelia', 'AFRICA', 'PARTY', DATE '2023-02-28', 'DEVELOPING_COUNTRY'),
    ('AD', 'Andorra', 'Andorre', 'Andorra', 'WESTERN_EUROPE_OTHERS', 'NON_PARTY', null, 'NOT_ELIGIBLE'),
    ('AO', 'Angola', 'Angola', 'Angola', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'),
    ('AG', 'Antigua & Barbuda', 'Antigua-et-Barbuda', 'Antigua y Barbuda', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('AR', 'Argentina', 'Argentine', 'Argentina', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-12-24', 'DEVELOPING_COUNTRY'),
    ('AM', 'Armenia', 'Arménie', 'Armenia', 'EASTERN_EUROPE', 'PARTY', DATE '2018-03-13', 'ECONOMY_IN_TRANSITION'),
    ('AU', 'Australia', 'Australie', 'Australia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2022-03-07', 'NOT_ELIGIBLE'),
    ('AT', 'Austria', 'Autriche', 'Austria', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-09-10', 'NOT_ELIGIBLE'),
    ('AZ', 'Azerbaijan', 'Azerbaïdjan', 'Azerbaiyán', 'EASTERN_EUROPE', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'), -- CHECK: status unverified
    ('BS', 'Bahamas', 'Bahamas', 'Bahamas', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2020-05-12', 'DEVELOPING_COUNTRY'),
    ('BH', 'Bahrain', 'Bahreïn', 'Baréin', 'ASIA_PACIFIC', 'PARTY', DATE '2021-10-04', 'DEVELOPING_COUNTRY'),
    ('BD', 'Bangladesh', 'Bangladesh', 'Bangladés', 'ASIA_PACIFIC', 'PARTY', DATE '2023-07-17', 'DEVELOPING_COUNTRY'),
    ('BB', 'Barbados', 'Barbade', 'Barbados', 'LATIN_AMERICA_CARIBBEAN', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('BY', 'Belarus', 'Biélorussie', 'Bielorrusia', 'EASTERN_EUROPE', 'SIGNATORY', null, 'ECONOMY_IN_TRANSITION'),
    ('BE', 'Belgium', 'Belgique', 'Bélgica', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2018-05-27', 'NOT_ELIGIBLE'),
    ('BZ', 'Belize', 'Belize', 'Belice', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2023-09-10', 'DEVELOPING_COUNTRY'),
    ('BJ', 'Benin', 'Bénin', 'Benín', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('BT', 'Bhutan', 'Bhoutan', 'Bután', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('BO', 'Bolivia', 'Bolivie', 'Bolivia', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('BA', 'Bosnia & Herzegovina', 'Bosnie-Herzégovine', 'Bosnia y Herzegovina', 'EASTERN_EUROPE', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'),
    ('BW', 'Botswana', 'Botswana', 'Botsuana', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('BR', 'Brazil', 'Brésil', 'Brasil', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-11-06', 'DEVELOPING_COUNTRY'),
    ('BN', 'Brunei', 'Brunei', 'Brunéi', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('BG', 'Bulgaria', 'Bulgarie', 'Bulgaria', 'EASTERN_EUROPE', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('BF', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('BI', 'Burundi', 'Burundi', 'Burundi', 'AFRICA', 'PARTY', DATE '2021-06-24', 'DEVELOPING_COUNTRY'),
    ('KH', 'Cambodia', 'Cambodge', 'Camboya', 'ASIA_PACIFIC', 'PARTY', DATE '2021-07-07', 'DEVELOPING_COUNTRY'), -- CHECK: date from a party table whose country names were not visible; verify
    ('CM', 'Cameroon', 'Cameroun', 'Camerún', 'AFRICA', 'PARTY', DATE '2021-06-08', 'DEVELOPING_COUNTRY'),
    ('CA', 'Canada', 'Canada', 'Canadá', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('CV', 'Cape Verde', 'Cap-Vert', 'Cabo Verde', 'AFRICA', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('CF', 'Central African Republic', 'République centrafricaine', 'República Centroafricana', 'AFRICA', 'PARTY', DATE '2021-06-29', 'DEVELOPING_COUNTRY'),
    ('TD', 'Chad', 'Tchad', 'Chad', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('CL', 'Chile', 'Chili', 'Chile', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2018-11-25', 'DEVELOPING_COUNTRY'),
    ('CN', 'China', 'Chine', 'China', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('CO', 'Colombia', 'Colombie', 'Colombia', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2019-11-24', 'DEVELOPING_COUNTRY'),
    ('KM', 'Comoros', 'Comores', 'Comoras', 'AFRICA', 'PARTY', DATE '2019-10-21', 'DEVELOPING_COUNTRY'),
    ('CG', 'Congo - Brazzaville', 'Congo-Brazzaville', 'Congo', 'AFRICA', 'PARTY', DATE '2019-11-04', 'DEVELOPING_COUNTRY'),
    ('CD', 'Congo - Kinshasa', 'Congo-Kinshasa', 'República Democrática del Congo', 'AFRICA', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('CR', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('HR', 'Croatia', 'Croatie', 'Croacia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-12-24', 'NOT_ELIGIBLE'),
    ('CU', 'Cuba', 'Cuba', 'Cuba', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2018-04-30', 'DEVELOPING_COUNTRY'),
    ('CY', 'Cyprus', 'Chypre', 'Chipre', 'ASIA_PACIFIC', 'PARTY', DATE '2020-05-25', 'NOT_ELIGIBLE'),
    ('CZ', 'Czechia', 'Tchéquie', 'Chequia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-09-17', 'NOT_ELIGIBLE'),
    ('CI', 'Côte d’Ivoire', 'Côte d’Ivoire', 'Côte d’Ivoire', 'AFRICA', 'PARTY', DATE '2019-12-30', 'DEVELOPING_COUNTRY'),
    ('DK', 'Denmark', 'Danemark', 'Dinamarca', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('DJ', 'Djibouti', 'Djibouti', 'Yibuti', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('DM', 'Dominica', 'Dominique', 'Dominica', 'LATIN_AMERICA_CARIBBEAN', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('DO', 'Dominican Republic', 'République dominicaine', 'República Dominicana', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2018-06-18', 'DEVELOPING_COUNTRY'),
    ('EC', 'Ecuador', 'Équateur', 'Ecuador', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('EG', 'Egypt', 'Égypte', 'Egipto', 'AFRICA', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified (may be a signatory)
    ('SV', 'El Salvador', 'Salvador', 'El Salvador', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-09-18', 'DEVELOPING_COUNTRY'),
    ('GQ', 'Equatorial Guinea', 'Guinée équatoriale', 'Guinea Ecuatorial', 'AFRICA', 'PARTY', DATE '2020-03-23', 'DEVELOPING_COUNTRY'),
    ('ER', 'Eritrea', 'Érythrée', 'Eritrea', 'AFRICA', 'PARTY', DATE '2023-05-08', 'DEVELOPING_COUNTRY'),
    ('EE', 'Estonia', 'Estonie', 'Estonia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-09-19', 'NOT_ELIGIBLE'),
    ('SZ', 'Eswatini', 'Eswatini', 'Esuatini', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('ET', 'Ethiopia', 'Éthiopie', 'Etiopía', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified (may have ratified)
    ('FJ', 'Fiji', 'Fidji', 'Fiyi', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('FI', 'Finland', 'Finlande', 'Finlandia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-30', 'NOT_ELIGIBLE'),
    ('FR', 'France', 'France', 'Francia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-09-13', 'NOT_ELIGIBLE'),
    ('GA', 'Gabon', 'Gabon', 'Gabón', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('GM', 'Gambia', 'Gambie', 'Gambia', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('GE', 'Georgia', 'Géorgie', 'Georgia', 'EASTERN_EUROPE', 'PARTY', DATE '2023-10-15', 'ECONOMY_IN_TRANSITION'),
    ('DE', 'Germany', 'Allemagne', 'Alemania', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-12-14', 'NOT_ELIGIBLE'),
    ('GH', 'Ghana', 'Ghana', 'Ghana', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('GR', 'Greece', 'Grèce', 'Grecia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2020-06-30', 'NOT_ELIGIBLE'), -- CHECK: ESTIMATED date: ratification law Feb 2020, exact deposit date not confirmed
    ('GD', 'Grenada', 'Grenade', 'Granada', 'LATIN_AMERICA_CARIBBEAN', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('GT', 'Guatemala', 'Guatemala', 'Guatemala', 'LATIN_AMERICA_CARIBBEAN', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('GN', 'Guinea', 'Guinée', 'Guinea', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('GW', 'Guinea-Bissau', 'Guinée-Bissau', 'Guinea-Bisáu', 'AFRICA', 'PARTY', DATE '2018-12-30', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: ratified in 2018, exact deposit date not confirmed
    ('GY', 'Guyana', 'Guyana', 'Guyana', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('HT', 'Haiti', 'Haïti', 'Haití', 'LATIN_AMERICA_CARIBBEAN', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('HN', 'Honduras', 'Honduras', 'Honduras', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('HU', 'Hungary', 'Hongrie', 'Hungría', 'EASTERN_EUROPE', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('IS', 'Iceland', 'Islande', 'Islandia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2018-08-01', 'NOT_ELIGIBLE'),
    ('IN', 'India', 'Inde', 'India', 'ASIA_PACIFIC', 'PARTY', DATE '2018-09-16', 'DEVELOPING_COUNTRY'),
    ('ID', 'Indonesia', 'Indonésie', 'Indonesia', 'ASIA_PACIFIC', 'PARTY', DATE '2017-12-21', 'DEVELOPING_COUNTRY'),
    ('IR', 'Iran', 'Iran', 'Irán', 'ASIA_PACIFIC', 'PARTY', DATE '2017-09-14', 'DEVELOPING_COUNTRY'),
    ('IQ', 'Iraq', 'Irak', 'Irak', 'ASIA_PACIFIC', 'PARTY', DATE '2021-12-15', 'DEVELOPING_COUNTRY'),
    ('IE', 'Ireland', 'Irlande', 'Irlanda', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2019-06-16', 'NOT_ELIGIBLE'),
    ('IL', 'Israel', 'Israël', 'Israel', 'WESTERN_EUROPE_OTHERS', 'SIGNATORY', null, 'NOT_ELIGIBLE'),
    ('IT', 'Italy', 'Italie', 'Italia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2021-09-09', 'NOT_ELIGIBLE'),
    ('JM', 'Jamaica', 'Jamaïque', 'Jamaica', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-10-17', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: ratified mid-2017, exact deposit date not confirmed
    ('JP', 'Japan', 'Japon', 'Japón', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('JO', 'Jordan', 'Jordanie', 'Jordania', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('KZ', 'Kazakhstan', 'Kazakhstan', 'Kazajistán', 'ASIA_PACIFIC', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'), -- CHECK: status unverified
    ('KE', 'Kenya', 'Kenya', 'Kenia', 'AFRICA', 'PARTY', DATE '2023-12-21', 'DEVELOPING_COUNTRY'),
    ('KI', 'Kiribati', 'Kiribati', 'Kiribati', 'ASIA_PACIFIC', 'PARTY', DATE '2017-10-26', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: acceded mid-2017, exact deposit date not confirmed
    ('KW', 'Kuwait', 'Koweït', 'Kuwait', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('KG', 'Kyrgyzstan', 'Kirghizstan', 'Kirguistán', 'ASIA_PACIFIC', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'), -- CHECK: status unverified (accession was in preparation)
    ('LA', 'Laos', 'Laos', 'Laos', 'ASIA_PACIFIC', 'PARTY', DATE '2017-12-20', 'DEVELOPING_COUNTRY'),
    ('LV', 'Latvia', 'Lettonie', 'Letonia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-09-18', 'NOT_ELIGIBLE'),
    ('LB', 'Lebanon', 'Liban', 'Líbano', 'ASIA_PACIFIC', 'PARTY', DATE '2018-01-11', 'DEVELOPING_COUNTRY'),
    ('LS', 'Lesotho', 'Lesotho', 'Lesoto', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('LR', 'Liberia', 'Liberia', 'Liberia', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('LY', 'Libya', 'Libye', 'Libia', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('LI', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('LT', 'Lithuania', 'Lituanie', 'Lituania', 'EASTERN_EUROPE', 'PARTY', DATE '2018-04-15', 'NOT_ELIGIBLE'),
    ('LU', 'Luxembourg', 'Luxembourg', 'Luxemburgo', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-12-20', 'NOT_ELIGIBLE'),
    ('MG', 'Madagascar', 'Madagascar', 'Madagascar', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('MW', 'Malawi', 'Malawi', 'Malaui', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified (may have ratified)
    ('MY', 'Malaysia', 'Malaisie', 'Malasia', 'ASIA_PACIFIC', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'),
    ('MV', 'Maldives', 'Maldives', 'Maldivas', 'ASIA_PACIFIC', 'PARTY', DATE '2024-12-23', 'DEVELOPING_COUNTRY'),
    ('ML', 'Mali', 'Mali', 'Mali', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('MT', 'Malta', 'Malte', 'Malta', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('MH', 'Marshall Islands', 'Îles Marshall', 'Islas Marshall', 'ASIA_PACIFIC', 'PARTY', DATE '2019-04-29', 'DEVELOPING_COUNTRY'),
    ('MR', 'Mauritania', 'Mauritanie', 'Mauritania', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('MU', 'Mauritius', 'Maurice', 'Mauricio', 'AFRICA', 'PARTY', DATE '2017-12-20', 'DEVELOPING_COUNTRY'),
    ('MX', 'Mexico', 'Mexique', 'México', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('FM', 'Micronesia', 'Micronésie', 'Micronesia', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('MD', 'Moldova', 'Moldavie', 'Moldavia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-09-18', 'ECONOMY_IN_TRANSITION'),
    ('MC', 'Monaco', 'Monaco', 'Mónaco', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('MN', 'Mongolia', 'Mongolie', 'Mongolia', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('ME', 'Montenegro', 'Monténégro', 'Montenegro', 'EASTERN_EUROPE', 'PARTY', DATE '2019-06-18', 'ECONOMY_IN_TRANSITION'), -- CHECK: ESTIMATED date: ratified March 2019, exact deposit date not confirmed
    ('MA', 'Morocco', 'Maroc', 'Marruecos', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('MZ', 'Mozambique', 'Mozambique', 'Mozambique', 'AFRICA', 'PARTY', DATE '2024-05-19', 'DEVELOPING_COUNTRY'),
    ('MM', 'Myanmar (Burma)', 'Myanmar (Birmanie)', 'Myanmar (Birmania)', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('NA', 'Namibia', 'Namibie', 'Namibia', 'AFRICA', 'PARTY', DATE '2017-12-05', 'DEVELOPING_COUNTRY'),
    ('NR', 'Nauru', 'Nauru', 'Nauru', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('NP', 'Nepal', 'Népal', 'Nepal', 'ASIA_PACIFIC', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('NL', 'Netherlands', 'Pays-Bas', 'Países Bajos', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('NZ', 'New Zealand', 'Nouvelle-Zélande', 'Nueva Zelanda', 'WESTERN_EUROPE_OTHERS', 'SIGNATORY', null, 'NOT_ELIGIBLE'),
    ('NI', 'Nicaragua', 'Nicaragua', 'Nicaragua', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('NE', 'Niger', 'Niger', 'Níger', 'AFRICA', 'PARTY', DATE '2017-09-07', 'DEVELOPING_COUNTRY'),
    ('NG', 'Nigeria', 'Nigeria', 'Nigeria', 'AFRICA', 'PARTY', DATE '2018-05-02', 'DEVELOPING_COUNTRY'),
    ('KP', 'North Korea', 'Corée du Nord', 'Corea del Norte', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('MK', 'North Macedonia', 'Macédoine du Nord', 'Macedonia del Norte', 'EASTERN_EUROPE', 'PARTY', DATE '2020-09-29', 'ECONOMY_IN_TRANSITION'), -- CHECK: ESTIMATED date and status: believed to have ratified around 2020, not confirmed
    ('NO', 'Norway', 'Norvège', 'Noruega', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('OM', 'Oman', 'Oman', 'Omán', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified (may have acceded)
    ('PK', 'Pakistan', 'Pakistan', 'Pakistán', 'ASIA_PACIFIC', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'),
    ('PW', 'Palau', 'Palaos', 'Palaos', 'ASIA_PACIFIC', 'PARTY', DATE '2017-09-19', 'DEVELOPING_COUNTRY'),
    ('PA', 'Panama', 'Panama', 'Panamá', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('PG', 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'Papúa Nueva Guinea', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('PY', 'Paraguay', 'Paraguay', 'Paraguay', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2018-09-24', 'DEVELOPING_COUNTRY'),
    ('PE', 'Peru', 'Pérou', 'Perú', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('PH', 'Philippines', 'Philippines', 'Filipinas', 'ASIA_PACIFIC', 'PARTY', DATE '2020-10-06', 'DEVELOPING_COUNTRY'),
    ('PL', 'Poland', 'Pologne', 'Polonia', 'EASTERN_EUROPE', 'PARTY', DATE '2021-12-29', 'NOT_ELIGIBLE'),
    ('PT', 'Portugal', 'Portugal', 'Portugal', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2018-11-26', 'NOT_ELIGIBLE'),
    ('QA', 'Qatar', 'Qatar', 'Catar', 'ASIA_PACIFIC', 'PARTY', DATE '2021-02-02', 'DEVELOPING_COUNTRY'),
    ('RO', 'Romania', 'Roumanie', 'Rumanía', 'EASTERN_EUROPE', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('RU', 'Russia', 'Russie', 'Rusia', 'EASTERN_EUROPE', 'SIGNATORY', null, 'ECONOMY_IN_TRANSITION'),
    ('RW', 'Rwanda', 'Rwanda', 'Ruanda', 'AFRICA', 'PARTY', DATE '2017-09-27', 'DEVELOPING_COUNTRY'),
    ('WS', 'Samoa', 'Samoa', 'Samoa', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('SM', 'San Marino', 'Saint-Marin', 'San Marino', 'WESTERN_EUROPE_OTHERS', 'NON_PARTY', null, 'NOT_ELIGIBLE'),
    ('SA', 'Saudi Arabia', 'Arabie saoudite', 'Arabia Saudí', 'ASIA_PACIFIC', 'PARTY', DATE '2019-05-28', 'DEVELOPING_COUNTRY'),
    ('SN', 'Senegal', 'Sénégal', 'Senegal', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('RS', 'Serbia', 'Serbie', 'Serbia', 'EASTERN_EUROPE', 'SIGNATORY', null, 'ECONOMY_IN_TRANSITION'), -- CHECK: ratification law published Dec 2024; may have become a Party in 2025
    ('SC', 'Seychelles', 'Seychelles', 'Seychelles', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('SL', 'Sierra Leone', 'Sierra Leone', 'Sierra Leona', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('SG', 'Singapore', 'Singapour', 'Singapur', 'ASIA_PACIFIC', 'PARTY', DATE '2017-12-21', 'NOT_ELIGIBLE'),
    ('SK', 'Slovakia', 'Slovaquie', 'Eslovaquia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-08-29', 'NOT_ELIGIBLE'),
    ('SI', 'Slovenia', 'Slovénie', 'Eslovenia', 'EASTERN_EUROPE', 'PARTY', DATE '2017-09-21', 'NOT_ELIGIBLE'),
    ('SB', 'Solomon Islands', 'Îles Salomon', 'Islas Salomón', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('SO', 'Somalia', 'Somalie', 'Somalia', 'AFRICA', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('ZA', 'South Africa', 'Afrique du Sud', 'Sudáfrica', 'AFRICA', 'PARTY', DATE '2019-07-28', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: ratified in 2019, exact deposit date not confirmed
    ('KR', 'South Korea', 'Corée du Sud', 'Corea del Sur', 'ASIA_PACIFIC', 'PARTY', DATE '2020-02-20', 'NOT_ELIGIBLE'),
    ('SS', 'South Sudan', 'Soudan du Sud', 'Sudán del Sur', 'AFRICA', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('ES', 'Spain', 'Espagne', 'España', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2022-03-13', 'NOT_ELIGIBLE'),
    ('LK', 'Sri Lanka', 'Sri Lanka', 'Sri Lanka', 'ASIA_PACIFIC', 'PARTY', DATE '2017-09-17', 'DEVELOPING_COUNTRY'),
    ('KN', 'St. Kitts & Nevis', 'Saint-Christophe-et-Niévès', 'San Cristóbal y Nieves', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-22', 'DEVELOPING_COUNTRY'),
    ('LC', 'St. Lucia', 'Sainte-Lucie', 'Santa Lucía', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2019-04-23', 'DEVELOPING_COUNTRY'),
    ('VC', 'St. Vincent & Grenadines', 'Saint-Vincent-et-les Grenadines', 'San Vicente y las Granadinas', 'LATIN_AMERICA_CARIBBEAN', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('SD', 'Sudan', 'Soudan', 'Sudán', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('SR', 'Suriname', 'Suriname', 'Surinam', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2018-10-31', 'DEVELOPING_COUNTRY'),
    ('SE', 'Sweden', 'Suède', 'Suecia', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('CH', 'Switzerland', 'Suisse', 'Suiza', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('SY', 'Syria', 'Syrie', 'Siria', 'ASIA_PACIFIC', 'PARTY', DATE '2017-10-24', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: ratified mid-2017, exact deposit date not confirmed
    ('ST', 'São Tomé & Príncipe', 'Sao Tomé-et-Principe', 'Santo Tomé y Príncipe', 'AFRICA', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('TJ', 'Tajikistan', 'Tadjikistan', 'Tayikistán', 'ASIA_PACIFIC', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'), -- CHECK: status unverified
    ('TZ', 'Tanzania', 'Tanzanie', 'Tanzania', 'AFRICA', 'PARTY', DATE '2020-08-30', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date and status: believed to have ratified around 2020, not confirmed
    ('TH', 'Thailand', 'Thaïlande', 'Tailandia', 'ASIA_PACIFIC', 'PARTY', DATE '2017-09-20', 'DEVELOPING_COUNTRY'),
    ('TL', 'Timor-Leste', 'Timor oriental', 'Timor-Leste', 'ASIA_PACIFIC', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('TG', 'Togo', 'Togo', 'Togo', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('TO', 'Tonga', 'Tonga', 'Tonga', 'ASIA_PACIFIC', 'PARTY', DATE '2018-12-30', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: acceded late 2018, exact deposit date not confirmed
    ('TT', 'Trinidad & Tobago', 'Trinité-et-Tobago', 'Trinidad y Tobago', 'LATIN_AMERICA_CARIBBEAN', 'NON_PARTY', null, 'DEVELOPING_COUNTRY'),
    ('TN', 'Tunisia', 'Tunisie', 'Túnez', 'AFRICA', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('TR', 'Turkey', 'Turquie', 'Turquía', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2023-01-02', 'NOT_ELIGIBLE'),
    ('TM', 'Turkmenistan', 'Turkménistan', 'Turkmenistán', 'ASIA_PACIFIC', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'),
    ('TV', 'Tuvalu', 'Tuvalu', 'Tuvalu', 'ASIA_PACIFIC', 'PARTY', DATE '2019-08-30', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: Party by 2021, exact deposit date not confirmed
    ('UG', 'Uganda', 'Ouganda', 'Uganda', 'AFRICA', 'PARTY', DATE '2019-05-30', 'DEVELOPING_COUNTRY'),
    ('UA', 'Ukraine', 'Ukraine', 'Ucrania', 'EASTERN_EUROPE', 'PARTY', DATE '2023-09-29', 'ECONOMY_IN_TRANSITION'), -- CHECK: ESTIMATED date: accession law adopted 2023, exact deposit date not confirmed
    ('AE', 'United Arab Emirates', 'Émirats arabes unis', 'Emiratos Árabes Unidos', 'ASIA_PACIFIC', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'), -- CHECK: deposit date approximate (before May 2017, so entry into force 2017-08-16 either way)
    ('GB', 'United Kingdom', 'Royaume-Uni', 'Reino Unido', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2018-06-21', 'NOT_ELIGIBLE'),
    ('US', 'United States', 'États-Unis', 'Estados Unidos', 'WESTERN_EUROPE_OTHERS', 'PARTY', DATE '2017-08-16', 'NOT_ELIGIBLE'),
    ('UY', 'Uruguay', 'Uruguay', 'Uruguay', 'LATIN_AMERICA_CARIBBEAN', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('UZ', 'Uzbekistan', 'Ouzbékistan', 'Uzbekistán', 'ASIA_PACIFIC', 'NON_PARTY', null, 'ECONOMY_IN_TRANSITION'), -- CHECK: status unverified
    ('VU', 'Vanuatu', 'Vanuatu', 'Vanuatu', 'ASIA_PACIFIC', 'PARTY', DATE '2019-08-30', 'DEVELOPING_COUNTRY'), -- CHECK: ESTIMATED date: Party by 2021, exact deposit date not confirmed
    ('VE', 'Venezuela', 'Venezuela', 'Venezuela', 'LATIN_AMERICA_CARIBBEAN', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('VN', 'Vietnam', 'Viêt Nam', 'Vietnam', 'ASIA_PACIFIC', 'PARTY', DATE '2017-09-21', 'DEVELOPING_COUNTRY'),
    ('YE', 'Yemen', 'Yémen', 'Yemen', 'ASIA_PACIFIC', 'SIGNATORY', null, 'DEVELOPING_COUNTRY'), -- CHECK: status unverified
    ('ZM', 'Zambia', 'Zambie', 'Zambia', 'AFRICA', 'PARTY', DATE '2017-08-16', 'DEVELOPING_COUNTRY'),
    ('ZW', 'Zimbabwe', 'Zimbabwe', 'Zimbabue', 'AFRICA', 'PARTY', DATE '2021-11-17', 'DEVELOPING_COUNTRY');

-- The default set of stay rules. Every row names its source and how sure we are:
--   OFFICIAL_TEXT     read in the law or in the official statement itself;
--   SECONDARY_SOURCE  from a consistent report of the law (news agency, law firm) naming the act;
--   UNVERIFIED        our best understanding; the act or the figure must be checked by the owning
--                     state's administrator before operational use.
-- Nothing here replaces the national texts: each state's administrator reviews its own rules and
-- changes them through the API (a change is a new version; old versions stay for the record).
-- Citizens in their own state never have a stay limit (handled in code, not here).
-- Visa holders are outside these rules (their stay is the visa's), which the default set does not model.

-- Groups. EAEU: Treaty on the Eurasian Economic Union, Astana, 29 May 2014 (in force 1 January 2015);
-- Armenia from 2 January 2015, Kyrgyzstan from 12 August 2015 (accession treaties).
INSERT INTO border_nationality_group (host_state, group_code, nationality, source) VALUES
    ('RUS', 'EAEU', 'ARM', 'EAEU Treaty 2014 (Armenia acceded 2 January 2015)'),
    ('RUS', 'EAEU', 'KAZ', 'EAEU Treaty 2014'),
    ('RUS', 'EAEU', 'KGZ', 'EAEU Treaty 2014 (Kyrgyzstan acceded 12 August 2015)'),
    ('RUS', 'UNION_STATE', 'BLR', 'Treaty on the creation of the Union State, 8 December 1999'),
    ('KAZ', 'EAEU', 'ARM', 'EAEU Treaty 2014'),
    ('KAZ', 'EAEU', 'BLR', 'EAEU Treaty 2014'),
    ('KAZ', 'EAEU', 'KGZ', 'EAEU Treaty 2014'),
    ('KAZ', 'EAEU', 'RUS', 'EAEU Treaty 2014'),
    ('KGZ', 'G90', 'ARM', 'Cabinet of Ministers of the Kyrgyz Republic, Resolution No. 541 of 10 October 2023'),
    ('KGZ', 'G90', 'BLR', 'Resolution No. 541 of 10 October 2023'),
    ('KGZ', 'G90', 'RUS', 'Resolution No. 541 of 10 October 2023 (reports differ on whether Russians are limited)'),
    ('KGZ', 'G90', 'UKR', 'Resolution No. 541 of 10 October 2023'),
    ('KGZ', 'G90', 'SRB', 'Resolution No. 541 of 10 October 2023'),
    ('KGZ', 'G90', 'TUR', 'Resolution No. 541 of 10 October 2023'),
    ('KGZ', 'G90', 'MNG', 'Resolution No. 541 of 10 October 2023'),
    ('KGZ', 'KAZ', 'KAZ', 'Resolution No. 541 of 10 October 2023: applies to Kazakh citizens from 1 September 2024'),
    ('KGZ', 'UZB', 'UZB', 'Resolution No. 541 of 10 October 2023'),
    ('BLR', 'UNION_STATE', 'RUS', 'Treaty on the creation of the Union State, 8 December 1999'),
    ('BLR', 'EAEU', 'ARM', 'EAEU Treaty 2014'),
    ('BLR', 'EAEU', 'KAZ', 'EAEU Treaty 2014'),
    ('BLR', 'EAEU', 'KGZ', 'EAEU Treaty 2014'),
    ('ARM', 'EAEU', 'BLR', 'EAEU Treaty 2014'),
    ('ARM', 'EAEU', 'KAZ', 'EAEU Treaty 2014'),
    ('ARM', 'EAEU', 'KGZ', 'EAEU Treaty 2014'),
    ('ARM', 'EAEU', 'RUS', 'EAEU Treaty 2014'),
    ('TJK', 'CIS', 'ARM', 'CIS visa-free travel; UNVERIFIED national text'),
    ('TJK', 'CIS', 'BLR', 'CIS visa-free travel; UNVERIFIED national text'),
    ('TJK', 'CIS', 'KAZ', 'CIS visa-free travel; UNVERIFIED national text'),
    ('TJK', 'CIS', 'KGZ', 'CIS visa-free travel; UNVERIFIED national text'),
    ('TJK', 'CIS', 'RUS', 'CIS visa-free travel; UNVERIFIED national text'),
    ('TJK', 'CIS', 'UZB', 'Visa-free since 2018 (bilateral); UNVERIFIED national text'),
    ('UZB', 'CIS', 'ARM', 'CIS visa-free travel; UNVERIFIED national text'),
    ('UZB', 'CIS', 'BLR', 'CIS visa-free travel; UNVERIFIED national text'),
    ('UZB', 'CIS', 'KAZ', 'CIS visa-free travel; UNVERIFIED national text'),
    ('UZB', 'CIS', 'KGZ', 'CIS visa-free travel; UNVERIFIED national text'),
    ('UZB', 'CIS', 'RUS', 'CIS visa-free travel; UNVERIFIED national text'),
    ('UZB', 'CIS', 'TJK', 'Visa-free since 2018 (bilateral); UNVERIFIED national text');

-- Kyrgyzstan's 60-day visa-waiver list (Law of the Kyrgyz Republic on the visa-free regime for
-- citizens of some states for 60 days, 2012): a subset we could confirm from the list published
-- when the law was passed; the full annex has more states.
INSERT INTO border_nationality_group (host_state, group_code, nationality, source)
SELECT 'KGZ', 'G60', c, 'Kyrgyz 60-day visa-free list (2012 law), partial: states confirmed from the published list'
FROM unnest(ARRAY['AUS','AUT','BEL','BHR','BIH','BRN','CAN','CZE','DEU','ESP','EST','GBR','GRC','HRV','IRL','ISL','LVA','MLT','NLD','NOR','POL','PRT','QAT','SWE','USA']) AS c;

-- Uzbekistan's 30-day visa-free list (Decree of the President No. UP-5611 of 5 January 2019), a subset.
INSERT INTO border_nationality_group (host_state, group_code, nationality, source)
SELECT 'UZB', 'G30', c, 'Decree of the President of Uzbekistan No. UP-5611 of 5 January 2019, partial subset; UNVERIFIED list'
FROM unnest(ARRAY['DEU','FRA','ITA','ESP','JPN','KOR','TUR','ISR','AUT','BEL','CHE','NLD']) AS c;

-- Belarus' 30-day visa-free entry through Minsk National Airport, a subset of the list.
INSERT INTO border_nationality_group (host_state, group_code, nationality, source)
SELECT 'BLR', 'AIRPORT_VISA_FREE', c, 'Decree of the President of Belarus No. 8 of 9 January 2017, annex (subset); UNVERIFIED list'
FROM unnest(ARRAY['DEU','FRA','ITA','ESP','USA','GBR','JPN','BRA','IDN','AUT','BEL','NLD','POL','CHE']) AS c;

-- Armenia's visa-free regime for EU citizens and others, a subset.
INSERT INTO border_nationality_group (host_state, group_code, nationality, source)
SELECT 'ARM', 'G180', c, 'Armenian government decision on unilateral visa-free entry (2013), subset; UNVERIFIED list'
FROM unnest(ARRAY['DEU','FRA','ITA','ESP','POL','NLD','AUT','BEL','USA','GBR','CAN','AUS','JPN']) AS c;

INSERT INTO border_stay_rule (code, version, host_state, group_code, purpose, valid_from, valid_to, exempt,
        per_entry_days, window_days, window_max_days, calendar_year_max_days, registration_days, registration_working_days,
        source, certainty, note) VALUES
-- Russia
('RUS-VISA-FREE', 1, 'RUS', 'OTHER', NULL, DATE '2013-01-13', DATE '2025-01-01', false,
    NULL, 180, 90, NULL, 7, true,
    'Federal Law No. 115-FZ of 25 July 2002 "On the legal status of foreign citizens in the Russian Federation", art. 5 (90 days in each 180 since the 2012 amendment); registration: Federal Law No. 109-FZ of 18 July 2006, art. 20 (7 working days)',
    'SECONDARY_SOURCE', 'The start date of the 90-in-180 wording (January 2013) is unverified; earlier periods are not modelled.'),
('RUS-VISA-FREE', 2, 'RUS', 'OTHER', NULL, DATE '2025-01-01', NULL, false,
    NULL, NULL, NULL, 90, 7, true,
    'Federal Law No. 260-FZ of 8 August 2024 amending art. 5 of 115-FZ: 90 days per calendar year from 1 January 2025 (Russian MFA statement of 26 December 2024)',
    'SECONDARY_SOURCE', 'Extensions (patent, study, residence applications, family) are not modelled.'),
('RUS-EAEU', 1, 'RUS', 'EAEU', NULL, DATE '2015-01-01', NULL, false,
    NULL, 180, 90, NULL, 30, false,
    'Treaty on the Eurasian Economic Union of 29 May 2014, art. 97 para. 5 (registration exemption for 30 days); stay limit per 115-FZ art. 5',
    'UNVERIFIED', 'Whether the 2025 calendar-year rule applies to EAEU citizens is not settled in our sources; kept at 90 in 180.'),
('RUS-EAEU-WORK', 1, 'RUS', 'EAEU', 'WORK', DATE '2015-01-01', NULL, true,
    NULL, NULL, NULL, NULL, 30, false,
    'Treaty on the Eurasian Economic Union of 29 May 2014, art. 97 (workers stay for the term of their employment contract)',
    'SECONDARY_SOURCE', 'The contract term is not known to the border system: treated as no limit.'),
('RUS-UNION-STATE', 1, 'RUS', 'UNION_STATE', NULL, DATE '2000-01-26', NULL, true,
    NULL, NULL, NULL, NULL, 90, false,
    'Treaty on the creation of the Union State of 8 December 1999 (in force 26 January 2000) and the 1998 Russia–Belarus agreement on equal rights of citizens',
    'UNVERIFIED', 'Registration deadline for Belarusian citizens (90 days) unverified.'),
-- Kazakhstan
('KAZ-VISA-FREE', 1, 'KAZ', 'OTHER', NULL, DATE '2012-01-21', DATE '2023-01-27', false,
    30, NULL, NULL, NULL, NULL, false,
    'Rules of entry and stay of immigrants, Government Decree No. 148 of 21 January 2012: 30 days from each crossing; no cumulative limit before the 2023 amendment',
    'SECONDARY_SOURCE', NULL),
('KAZ-VISA-FREE', 2, 'KAZ', 'OTHER', NULL, DATE '2023-01-27', NULL, false,
    30, 180, 90, NULL, NULL, false,
    'Law "On migration of the population" of 22 July 2011, art. 6; Government decree amending the Rules of entry and stay of immigrants, published 17 January 2023, in force 27 January 2023',
    'SECONDARY_SOURCE', 'Reported by the Ministry of Internal Affairs (astanatimes.com, 19 January 2023).'),
('KAZ-EAEU', 1, 'KAZ', 'EAEU', NULL, DATE '2015-01-01', DATE '2023-01-27', false,
    90, NULL, NULL, NULL, 30, false,
    'Treaty on the Eurasian Economic Union of 29 May 2014, art. 97 para. 5 (30 days without registration); 90 days per entry',
    'UNVERIFIED', NULL),
('KAZ-EAEU', 2, 'KAZ', 'EAEU', NULL, DATE '2023-01-27', NULL, false,
    NULL, 180, 90, NULL, 30, false,
    'Government decree amending the Rules of entry and stay of immigrants, in force 27 January 2023 (EAEU citizens: 90 days in each 180); EAEU Treaty art. 97 para. 5 (registration)',
    'SECONDARY_SOURCE', NULL),
-- Kyrgyzstan
('KGZ-G90', 1, 'KGZ', 'G90', NULL, DATE '2023-10-28', NULL, false,
    NULL, 180, 90, NULL, 30, false,
    'Cabinet of Ministers of the Kyrgyz Republic, Resolution No. 541 of 10 October 2023 (in force 28 October 2023): regulation on the stay of foreign citizens',
    'SECONDARY_SOURCE', 'Registration exemption for 30 days applies to EAEU citizens (EAEU Treaty art. 97).'),
('KGZ-KAZ', 1, 'KGZ', 'KAZ', NULL, DATE '2015-08-12', DATE '2024-09-01', true,
    NULL, NULL, NULL, NULL, 30, false,
    'Resolution No. 541 of 10 October 2023 postponed the limit for Kazakh citizens to 1 September 2024',
    'SECONDARY_SOURCE', NULL),
('KGZ-KAZ', 2, 'KGZ', 'KAZ', NULL, DATE '2024-09-01', NULL, false,
    NULL, 180, 90, NULL, 30, false,
    'Resolution No. 541 of 10 October 2023: 90 days in each 180 for Kazakh citizens from 1 September 2024',
    'SECONDARY_SOURCE', NULL),
('KGZ-UZB', 1, 'KGZ', 'UZB', NULL, DATE '2023-10-28', NULL, false,
    NULL, 120, 60, NULL, NULL, false,
    'Resolution No. 541 of 10 October 2023: 60 days in each 120 for Uzbek citizens (confirmed by the January 2026 amendment)',
    'SECONDARY_SOURCE', NULL),
('KGZ-G60', 1, 'KGZ', 'G60', NULL, DATE '2023-10-28', DATE '2026-01-13', false,
    NULL, 120, 60, NULL, NULL, false,
    'Resolution No. 541 of 10 October 2023: 60 days in each 120 for the states of the 60-day visa-free list',
    'SECONDARY_SOURCE', NULL),
('KGZ-G60', 2, 'KGZ', 'G60', NULL, DATE '2026-01-13', NULL, false,
    NULL, 60, 30, NULL, NULL, false,
    'Cabinet of Ministers amendment to the regulation on the stay of foreign citizens, reported 13 January 2026 (24.kg): 30 days in each 60 for the annex states',
    'UNVERIFIED', 'Exact date of entry into force (day of publication) not verified; which states stay in the annex not verified.'),
-- Tajikistan
('TJK-CIS', 1, 'TJK', 'CIS', NULL, DATE '2015-01-01', NULL, false,
    NULL, 180, 90, NULL, 10, false,
    'No national text verified: placeholder following the common CIS 90-day practice',
    'UNVERIFIED', 'To be replaced by the Tajik administrator with the national rule.'),
-- Uzbekistan
('UZB-CIS', 1, 'UZB', 'CIS', NULL, DATE '2015-01-01', NULL, false,
    NULL, 180, 90, NULL, 15, false,
    'No national text verified: placeholder following the common CIS 90-day practice',
    'UNVERIFIED', 'To be replaced by the Uzbek administrator with the national rule.'),
('UZB-G30', 1, 'UZB', 'G30', NULL, DATE '2019-02-01', NULL, false,
    30, NULL, NULL, NULL, NULL, false,
    'Decree of the President of Uzbekistan No. UP-5611 of 5 January 2019: 30 days visa-free from 1 February 2019',
    'SECONDARY_SOURCE', NULL),
-- Armenia
('ARM-EAEU', 1, 'ARM', 'EAEU', NULL, DATE '2015-01-02', NULL, false,
    NULL, 365, 180, NULL, 30, false,
    'EAEU Treaty art. 97 para. 5 (registration); stay limit: no national text verified',
    'UNVERIFIED', NULL),
('ARM-G180', 1, 'ARM', 'G180', NULL, DATE '2013-01-10', NULL, false,
    NULL, 365, 180, NULL, NULL, false,
    'Armenian government decision on unilateral visa-free entry for EU citizens (2013): 180 days a year; read here as 180 in any 365',
    'UNVERIFIED', 'Whether "a year" is a calendar year or a rolling 365 days is not verified.'),
-- Belarus
('BLR-UNION-STATE', 1, 'BLR', 'UNION_STATE', NULL, DATE '2000-01-26', NULL, true,
    NULL, NULL, NULL, NULL, 90, false,
    'Treaty on the creation of the Union State of 8 December 1999 (in force 26 January 2000)',
    'UNVERIFIED', 'Registration deadline for Russian citizens (90 days) unverified.'),
('BLR-EAEU', 1, 'BLR', 'EAEU', NULL, DATE '2015-01-01', NULL, false,
    NULL, 180, 90, NULL, 30, false,
    'EAEU Treaty art. 97 para. 5 (registration); stay limit: no national text verified',
    'UNVERIFIED', NULL),
('BLR-AIRPORT', 1, 'BLR', 'AIRPORT_VISA_FREE', NULL, DATE '2017-02-12', DATE '2018-07-27', false,
    5, NULL, NULL, NULL, NULL, false,
    'Decree of the President of Belarus No. 8 of 9 January 2017: 5 days visa-free through Minsk National Airport',
    'SECONDARY_SOURCE', 'Entry through Minsk airport only; the checkpoint condition is not modelled.'),
('BLR-AIRPORT', 2, 'BLR', 'AIRPORT_VISA_FREE', NULL, DATE '2018-07-27', NULL, false,
    30, NULL, NULL, NULL, NULL, false,
    'Extension of the airport visa-free stay to 30 days (July 2018 decree amending Decree No. 8)',
    'UNVERIFIED', 'The amending decree''s number and date are unverified.');

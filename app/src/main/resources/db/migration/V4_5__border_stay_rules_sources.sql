-- Stay rules of Uzbekistan, Tajikistan, Armenia and Belarus checked against what we could read
-- (27 November 2026). As for every rule change, nothing is edited in place: the versions replaced are
-- marked superseded and new versions carry the corrected figures, sources and certainty. What could
-- not be confirmed stays UNVERIFIED and its note says what is missing.
--
-- Sources read (secondary sources: news agencies, ministries' pages; no official gazette text was
-- available to us):
--  [UZ-2019] Trend / Norma.uz, 25 December 2019 (azernews.az/region/160045.html, today.az/news/regions/187656.html):
--            from 1 January 2020 citizens of Russia, Belarus "and others" stay in Uzbekistan without a
--            visa with no time limit, citizens of Kyrgyzstan up to 60 days, of Tajikistan up to 30 days.
--  [UZ-REG]  UzA, 4 June 2018 (Cabinet of Ministers Resolution No. 398 of 29 May 2018): temporary
--            registration within three days of arrival, Sundays and holidays excluded; kun.uz,
--            1 February 2023 (amendment of Cabinet Resolution No. 593 of 28 September 2020): one
--            three-day deadline.
--  [UZ-RU]   Ministry of Internal Affairs of Uzbekistan (iiv.uz), 1 August 2022: under the agreement
--            signed in Moscow on 21 May 2021 and in Tashkent on 17 June 2021, citizens of Russia may stay
--            up to 15 days without registration (previously 3).
--  [UZ-KZ]   Sputnik Kazakhstan, 31 January 2023, and darakchi.uz: the Uzbek–Kazakh agreement of
--            7 July 2000 on mutual travel, as amended, for entries from 27 January 2023: 30 days without
--            registration (previously 5), each trip at most 30 days, at most 90 days in each 180.
--  [TJ-REG]  Sputnik Tajikistan, 8 June 2018 (Tajik Committee for Tourism Development): from 1 June
--            2018 the registration deadline for foreigners is 10 working days instead of 3 days; Ministry
--            of Foreign Affairs of Tajikistan, consular department (consular.tj), "Procedure for
--            registration of foreign citizens": registration within 10 working days of entry, none for
--            a stay of at most 10 working days.
--  [BY-2018] news.by, 26 July 2018 (Belarusian Interior Ministry): under the revised visa-free regime
--            a visitor may stay up to 30 days per entry and at most 90 days a year.
--  [AM-2013] RFE/RL (reprinted by accc.org.uk) and Tert.am via vesti70.ru, 10 January 2013: EU and
--            Schengen citizens may stay in Armenia without a visa up to 90 days (RFE/RL: "each year").
--  [AM-2018] Armenpress via torontohye.ca, June 2018: Armenia's visa waivers allow "a maximum of 180
--            days within one year".

-- Uzbekistan: one group per nationality whose rule differs from 1 January 2020.
INSERT INTO border_nationality_group (host_state, group_code, nationality, source) VALUES
    ('UZB', 'RUS_NO_LIMIT', 'RUS', 'Trend / Norma.uz, 25 December 2019: no time limit from 1 January 2020'),
    ('UZB', 'BLR_NO_LIMIT', 'BLR', 'Trend / Norma.uz, 25 December 2019: no time limit from 1 January 2020'),
    ('UZB', 'KGZ_60', 'KGZ', 'Trend / Norma.uz, 25 December 2019: up to 60 days from 1 January 2020'),
    ('UZB', 'TJK_30', 'TJK', 'Trend / Norma.uz, 25 December 2019: up to 30 days from 1 January 2020'),
    ('UZB', 'KAZ', 'KAZ', 'Uzbek–Kazakh agreement of 7 July 2000 on mutual travel, as amended (Sputnik Kazakhstan, 31 January 2023)'),
    ('UZB', 'ARM', 'ARM', 'CIS visa-free travel; Armenia''s place in the 2019 list not verified');

UPDATE border_stay_rule SET superseded_at = now()
WHERE superseded_at IS NULL AND code IN ('UZB-CIS', 'TJK-CIS', 'ARM-G180', 'BLR-EAEU', 'BLR-AIRPORT');

INSERT INTO border_stay_rule (code, version, host_state, group_code, purpose, valid_from, valid_to, exempt,
        per_entry_days, window_days, window_max_days, calendar_year_max_days, registration_days, registration_working_days,
        source, certainty, note) VALUES
-- Uzbekistan before 2020: the CIS placeholder, with the registration deadline corrected to three days.
('UZB-CIS', 2, 'UZB', 'CIS', NULL, DATE '2015-01-01', DATE '2020-01-01', false,
    NULL, 180, 90, NULL, 3, true,
    'Stay limit: no national text verified (placeholder following the common CIS 90-day practice); registration: three days excluding Sundays and holidays (UzA, 4 June 2018, Cabinet of Ministers Resolution No. 398 of 29 May 2018)',
    'UNVERIFIED', 'The stay limit for CIS citizens before 2020 could not be confirmed. "Working days" approximates "excluding Sundays and holidays".'),
-- Uzbekistan from 2020.
('UZB-RUS', 1, 'UZB', 'RUS_NO_LIMIT', NULL, DATE '2020-01-01', DATE '2022-08-01', true,
    NULL, NULL, NULL, NULL, 3, true,
    'No time limit for citizens of Russia from 1 January 2020 (Trend / Norma.uz, 25 December 2019); registration within three days (UzA, 4 June 2018; kun.uz, 1 February 2023)',
    'SECONDARY_SOURCE', NULL),
('UZB-RUS', 2, 'UZB', 'RUS_NO_LIMIT', NULL, DATE '2022-08-01', NULL, true,
    NULL, NULL, NULL, NULL, 15, false,
    'No time limit (Trend / Norma.uz, 25 December 2019); 15 days without registration under the Russia–Uzbekistan agreement signed 21 May and 17 June 2021 (Ministry of Internal Affairs of Uzbekistan, 1 August 2022)',
    'SECONDARY_SOURCE', 'The agreement''s date of entry into force is not verified; the date of the Ministry''s notice is used.'),
('UZB-BLR', 1, 'UZB', 'BLR_NO_LIMIT', NULL, DATE '2020-01-01', NULL, true,
    NULL, NULL, NULL, NULL, 3, true,
    'No time limit for citizens of Belarus from 1 January 2020 (Trend / Norma.uz, 25 December 2019); registration within three days (UzA, 4 June 2018; kun.uz, 1 February 2023)',
    'SECONDARY_SOURCE', NULL),
('UZB-KGZ', 1, 'UZB', 'KGZ_60', NULL, DATE '2020-01-01', NULL, false,
    60, NULL, NULL, NULL, 3, true,
    'Citizens of Kyrgyzstan up to 60 days without a visa from 1 January 2020 (Trend / Norma.uz, 25 December 2019); registration within three days (UzA, 4 June 2018)',
    'SECONDARY_SOURCE', 'Read as 60 days per entry; the report does not say whether a rolling limit applies as well.'),
('UZB-TJK', 1, 'UZB', 'TJK_30', NULL, DATE '2020-01-01', NULL, false,
    30, NULL, NULL, NULL, 3, true,
    'Citizens of Tajikistan up to 30 days without a visa from 1 January 2020 (Trend / Norma.uz, 25 December 2019); registration within three days (UzA, 4 June 2018)',
    'SECONDARY_SOURCE', 'A 2021 protocol to the Uzbek–Tajik agreement of 9 March 2018 was reported (repost.uz, 8 June 2021) to exempt Tajik citizens from registration for 10 working days; its entry into force is not verified, so three days are kept.'),
('UZB-KAZ', 1, 'UZB', 'KAZ', NULL, DATE '2020-01-01', DATE '2023-01-27', false,
    NULL, 180, 90, NULL, 5, false,
    'Stay limit: no text verified (the CIS 90-day placeholder); five days without registration under the Uzbek–Kazakh agreement of 7 July 2000 before its 2023 amendment (Sputnik Kazakhstan, 31 January 2023)',
    'UNVERIFIED', 'The limit for Kazakh citizens between 2020 and January 2023 could not be confirmed.'),
('UZB-KAZ', 2, 'UZB', 'KAZ', NULL, DATE '2023-01-27', NULL, false,
    30, 180, 90, NULL, 30, false,
    'Uzbek–Kazakh agreement of 7 July 2000 on mutual travel as amended, for entries from 27 January 2023: at most 30 days per trip and 90 in each 180, 30 days without registration (Sputnik Kazakhstan, 31 January 2023; darakchi.uz)',
    'SECONDARY_SOURCE', NULL),
('UZB-ARM', 1, 'UZB', 'ARM', NULL, DATE '2020-01-01', NULL, false,
    NULL, 180, 90, NULL, 3, true,
    'Stay limit: no text verified (the CIS 90-day placeholder); registration within three days (UzA, 4 June 2018; kun.uz, 1 February 2023)',
    'UNVERIFIED', 'The December 2019 list names Russia, Belarus "and others" without a time limit; whether Armenia is among them could not be confirmed.'),
-- Tajikistan: the registration deadline is confirmed, the stay limit is not.
('TJK-CIS', 2, 'TJK', 'CIS', NULL, DATE '2015-01-01', DATE '2018-06-01', false,
    NULL, 180, 90, NULL, 3, true,
    'Stay limit: no national text verified (placeholder following the common CIS 90-day practice); registration within three working days (Law on the legal status of foreign citizens, as reported by Sputnik Tajikistan, 14 May 2018)',
    'UNVERIFIED', 'No source we could read states a stay limit for CIS citizens in Tajikistan.'),
('TJK-CIS', 3, 'TJK', 'CIS', NULL, DATE '2018-06-01', NULL, false,
    NULL, 180, 90, NULL, 10, true,
    'Stay limit: no national text verified (placeholder following the common CIS 90-day practice); registration within 10 working days of entry from 1 June 2018 (Sputnik Tajikistan, 8 June 2018; Ministry of Foreign Affairs of Tajikistan, consular department, "Procedure for registration of foreign citizens")',
    'UNVERIFIED', 'Registration deadline confirmed by two secondary sources; no source we could read states a stay limit for CIS citizens, and bilateral exemptions (e.g. for Russian or Uzbek citizens) are not modelled.'),
-- Armenia: the 2013 waiver was reported as 90 days a year; later waivers as 180 days within one year.
('ARM-G180', 2, 'ARM', 'G180', NULL, DATE '2013-01-10', NULL, false,
    NULL, 365, 180, NULL, NULL, false,
    'Armenian government decision on unilateral visa-free entry for EU and Schengen citizens, in force 10 January 2013; 180 days within one year as reported for Armenia''s visa waivers in June 2018 (Armenpress)',
    'UNVERIFIED', 'Reports of January 2013 (RFE/RL, Tert.am) give 90 days (RFE/RL: "each year"); when the limit for EU citizens became 180 days, and whether "a year" is a calendar year or a rolling 365 days, is not verified.'),
-- Belarus.
('BLR-EAEU', 2, 'BLR', 'EAEU', NULL, DATE '2015-01-01', NULL, false,
    NULL, 180, 90, NULL, 30, false,
    'EAEU Treaty of 29 May 2014, art. 97 (30 days without registration for workers of the member states and their families); stay limit: no national text verified',
    'UNVERIFIED', 'We could not read paragraph 5 of article 97 itself (only reports of the 2010 agreement it took over: 30 days for workers and their families), nor a Belarusian text giving the stay limit for EAEU citizens.'),
('BLR-AIRPORT', 3, 'BLR', 'AIRPORT_VISA_FREE', NULL, DATE '2017-02-12', DATE '2018-07-27', false,
    5, NULL, NULL, NULL, NULL, false,
    'Decree of the President of Belarus No. 8 of 9 January 2017: 5 days visa-free through Minsk National Airport',
    'SECONDARY_SOURCE', 'Entry through Minsk airport only; the checkpoint condition is not modelled.'),
('BLR-AIRPORT', 4, 'BLR', 'AIRPORT_VISA_FREE', NULL, DATE '2018-07-27', NULL, false,
    30, NULL, NULL, 90, NULL, false,
    'Revised visa-free regime from 27 July 2018: up to 30 days per entry, at most 90 days a year (Belarusian Interior Ministry, news.by, 26 July 2018)',
    'SECONDARY_SOURCE', 'The amending decree''s number is not verified; "90 days a year" is read as a calendar year.');

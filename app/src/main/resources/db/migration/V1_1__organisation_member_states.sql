-- The seven member states named in the seed article (Eurasia Daily Monitor, vol. 4 issue 103, May 2007).
-- Membership periods are seeded as known in 2007 and left open; later changes (a suspension, a
-- withdrawal) are recorded as new periods by later migrations or by an administrator, never by
-- overwriting these rows.
INSERT INTO member_state (code, alpha2, name_en, name_ru, name_local, local_lang) VALUES
    ('ARM', 'AM', 'Armenia',    'Армения',    'Հայաստան',     'hy'),
    ('BLR', 'BY', 'Belarus',    'Беларусь',   'Беларусь',     'be'),
    ('KAZ', 'KZ', 'Kazakhstan', 'Казахстан',  'Қазақстан',    'kk'),
    ('KGZ', 'KG', 'Kyrgyzstan', 'Киргизия',   'Кыргызстан',   'ky'),
    ('RUS', 'RU', 'Russia',     'Россия',     'Россия',       'ru'),
    ('TJK', 'TJ', 'Tajikistan', 'Таджикистан','Тоҷикистон',   'tg'),
    ('UZB', 'UZ', 'Uzbekistan', 'Узбекистан', 'Oʻzbekiston',  'uz');

-- Charter of the Collective Security Treaty Organization signed in Chisinau on 7 October 2002;
-- Uzbekistan's membership restored by the Collective Security Council in Minsk on 23 June 2006.
INSERT INTO membership_period (state_code, status, valid_from, note) VALUES
    ('ARM', 'MEMBER', DATE '2002-10-07', 'Founding member (CSTO Charter, Chisinau)'),
    ('BLR', 'MEMBER', DATE '2002-10-07', 'Founding member (CSTO Charter, Chisinau)'),
    ('KAZ', 'MEMBER', DATE '2002-10-07', 'Founding member (CSTO Charter, Chisinau)'),
    ('KGZ', 'MEMBER', DATE '2002-10-07', 'Founding member (CSTO Charter, Chisinau)'),
    ('RUS', 'MEMBER', DATE '2002-10-07', 'Founding member (CSTO Charter, Chisinau)'),
    ('TJK', 'MEMBER', DATE '2002-10-07', 'Founding member (CSTO Charter, Chisinau)'),
    ('UZB', 'MEMBER', DATE '2006-06-23', 'Membership restored (Collective Security Council, Minsk)');

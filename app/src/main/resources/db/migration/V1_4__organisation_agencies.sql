-- Agencies that JSIS users belong to: a small plausible set per member state (security service,
-- border service, migration service, interior and defence ministries), named as around 2007, in
-- English, Russian and the state language; plus the organisation's own Secretariat and Joint Staff
-- (state_code NULL). The names are the agencies' public official names; the selection is ours and
-- not an official list of JSIS participants. Codes are stable identifiers: <state>-<short name>.
INSERT INTO agency (code, state_code, kind, name_en, name_ru, name_local) VALUES
    ('CSTO-SEC', NULL, 'SECRETARIAT', 'CSTO Secretariat', 'Секретариат ОДКБ', NULL),
    ('CSTO-JS',  NULL, 'JOINT_STAFF', 'CSTO Joint Staff', 'Объединённый штаб ОДКБ', NULL),

    ('ARM-NSS',    'ARM', 'SECURITY',  'National Security Service', 'Служба национальной безопасности', 'Ազգային անվտանգության ծառայություն'),
    ('ARM-BORDER', 'ARM', 'BORDER',    'Border Guard Troops of the National Security Service', 'Пограничные войска Службы национальной безопасности', 'Ազգային անվտանգության ծառայության սահմանապահ զորքեր'),
    ('ARM-POLICE', 'ARM', 'INTERIOR',  'Police of the Republic of Armenia', 'Полиция Республики Армения', 'Հայաստանի Հանրապետության ոստիկանություն'),
    ('ARM-SMS',    'ARM', 'MIGRATION', 'State Migration Service', 'Государственная миграционная служба', 'Միգրացիոն պետական ծառայություն'),
    ('ARM-MOD',    'ARM', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Պաշտպանության նախարարություն'),

    ('BLR-KGB',    'BLR', 'SECURITY',  'State Security Committee', 'Комитет государственной безопасности', 'Камітэт дзяржаўнай бяспекі'),
    ('BLR-GPK',    'BLR', 'BORDER',    'State Border Committee', 'Государственный пограничный комитет', 'Дзяржаўны пагранічны камітэт'),
    ('BLR-MVD',    'BLR', 'INTERIOR',  'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Міністэрства ўнутраных спраў'),
    ('BLR-DGM',    'BLR', 'MIGRATION', 'Department of Citizenship and Migration, Ministry of Internal Affairs', 'Департамент по гражданству и миграции МВД', 'Дэпартамент па грамадзянстве і міграцыі МУС'),
    ('BLR-MOD',    'BLR', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Міністэрства абароны'),

    ('KAZ-KNB',    'KAZ', 'SECURITY',  'National Security Committee', 'Комитет национальной безопасности', 'Ұлттық қауіпсіздік комитеті'),
    ('KAZ-BORDER', 'KAZ', 'BORDER',    'Border Service of the National Security Committee', 'Пограничная служба Комитета национальной безопасности', 'Ұлттық қауіпсіздік комитетінің Шекара қызметі'),
    ('KAZ-MVD',    'KAZ', 'INTERIOR',  'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Ішкі істер министрлігі'),
    ('KAZ-MIGR',   'KAZ', 'MIGRATION', 'Committee on Migration', 'Комитет по миграции', 'Көші-қон комитеті'),
    ('KAZ-MOD',    'KAZ', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Қорғаныс министрлігі'),

    ('KGZ-SNB',    'KGZ', 'SECURITY',  'National Security Service', 'Служба национальной безопасности', 'Улуттук коопсуздук кызматы'),
    ('KGZ-BORDER', 'KGZ', 'BORDER',    'Border Service', 'Пограничная служба', 'Чек ара кызматы'),
    ('KGZ-MVD',    'KGZ', 'INTERIOR',  'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Ички иштер министрлиги'),
    ('KGZ-MIGR',   'KGZ', 'MIGRATION', 'State Committee for Migration and Employment', 'Государственный комитет по миграции и занятости', 'Миграция жана иш менен камсыз кылуу боюнча мамлекеттик комитет'),
    ('KGZ-MOD',    'KGZ', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Коргоо министрлиги'),

    ('RUS-FSB',    'RUS', 'SECURITY',  'Federal Security Service', 'Федеральная служба безопасности', 'Федеральная служба безопасности'),
    ('RUS-BORDER', 'RUS', 'BORDER',    'Border Service of the Federal Security Service', 'Пограничная служба ФСБ России', 'Пограничная служба ФСБ России'),
    ('RUS-MVD',    'RUS', 'INTERIOR',  'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Министерство внутренних дел'),
    ('RUS-FMS',    'RUS', 'MIGRATION', 'Federal Migration Service', 'Федеральная миграционная служба', 'Федеральная миграционная служба'),
    ('RUS-MOD',    'RUS', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Министерство обороны'),

    ('TJK-GKNB',   'TJK', 'SECURITY',  'State Committee for National Security', 'Государственный комитет национальной безопасности', 'Кумитаи давлатии амнияти миллӣ'),
    ('TJK-BORDER', 'TJK', 'BORDER',    'Border Troops', 'Пограничные войска', 'Қӯшунҳои сарҳадӣ'),
    ('TJK-MVD',    'TJK', 'INTERIOR',  'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Вазорати корҳои дохилӣ'),
    ('TJK-MIGR',   'TJK', 'MIGRATION', 'Migration Service', 'Миграционная служба', 'Хадамоти муҳоҷират'),
    ('TJK-MOD',    'TJK', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Вазорати мудофиа'),

    ('UZB-SNB',    'UZB', 'SECURITY',  'National Security Service', 'Служба национальной безопасности', 'Milliy xavfsizlik xizmati'),
    ('UZB-BORDER', 'UZB', 'BORDER',    'State Border Protection Committee of the National Security Service', 'Комитет охраны государственной границы СНБ', 'MXX Davlat chegarasini qo''riqlash qo''mitasi'),
    ('UZB-MVD',    'UZB', 'INTERIOR',  'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Ichki ishlar vazirligi'),
    ('UZB-OVIR',   'UZB', 'MIGRATION', 'Department of Exit, Entry and Citizenship, Ministry of Internal Affairs', 'Отдел въезда, выезда и гражданства МВД', 'IIV Chiqish, kirish va fuqarolik bo''limi'),
    ('UZB-MOD',    'UZB', 'DEFENCE',   'Ministry of Defence', 'Министерство обороны', 'Mudofaa vazirligi');

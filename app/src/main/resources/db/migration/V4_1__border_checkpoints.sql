-- Main real border checkpoints of the seven member states.
--
-- Coordinates, honestly:
--  * EXACT (within about 1 km): airports, at the aerodrome reference point as given in the airport's
--    Wikipedia infobox (which quotes the state's AIP), rounded to 4 decimals.
--  * APPROX_5KM: land crossings at a well-known place (a bridge, a pass, a border village); placed
--    from general map knowledge, not surveyed; expect an error of up to about 5 km.
--  * APPROX_25KM: land crossings we know by name and road but could not place precisely; the
--    point is on the right road near the right border, expect up to about 25 km of error.
-- Nothing here is copied from a data set; names are the usual English and Russian names.
-- Airports are EXTERNAL (flights arrive from everywhere). Russia–Belarus has no checkpoints (no
-- border control inside the Union State), so none is seeded there.

INSERT INTO border_checkpoint (code, state_code, name_en, name_ru, kind, latitude, longitude, border_with, frontier, coordinate_precision, coordinate_source, active, note) VALUES
-- Russia
('RUS-SVO', 'RUS', 'Moscow Sheremetyevo airport', 'Москва (Шереметьево), аэропорт', 'AIR', 55.9726, 37.4146, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 55°58''22"N 37°24''53"E (Wikipedia infobox, from AIP Russia)', true, NULL),
('RUS-DME', 'RUS', 'Moscow Domodedovo airport', 'Москва (Домодедово), аэропорт', 'AIR', 55.4088, 37.9063, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 55°24''31"N 37°54''22"E (Wikipedia infobox, from AIP Russia)', true, NULL),
('RUS-VKO', 'RUS', 'Moscow Vnukovo airport', 'Москва (Внуково), аэропорт', 'AIR', 55.5961, 37.2675, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 55°35''46"N 37°16''03"E (Wikipedia infobox, from AIP Russia)', true, NULL),
('RUS-LED', 'RUS', 'Saint Petersburg Pulkovo airport', 'Санкт-Петербург (Пулково), аэропорт', 'AIR', 59.8003, 30.2625, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 59°48''01"N 30°15''45"E (Wikipedia infobox, from AIP Russia)', true, NULL),
('RUS-VLARS', 'RUS', 'Verkhny Lars', 'Верхний Ларс', 'ROAD', 42.7430, 44.6330, 'GEO', 'EXTERNAL', 'APPROX_5KM', 'Placed on the Georgian Military Road in the Terek gorge south of Vladikavkaz; not surveyed', true, 'Pairs with Dariali (Georgia)'),
('RUS-TROEB', 'RUS', 'Troebortnoye', 'Троебортное', 'ROAD', 52.0500, 34.1000, 'UKR', 'EXTERNAL', 'APPROX_25KM', 'On the M3 Moscow–Kyiv road at the Bryansk oblast border; approximate', false, 'Historical: traffic suspended since 2022; pairs with Bachivsk (Ukraine)'),
('RUS-TROITSK', 'RUS', 'Troitsk', 'Троицк', 'ROAD', 54.0800, 61.5300, 'KAZ', 'INTERNAL', 'APPROX_5KM', 'At the town of Troitsk, Chelyabinsk oblast; approximate', true, NULL),
('RUS-MASHT', 'RUS', 'Mashtakovo', 'Маштаково', 'ROAD', 51.2000, 55.9000, 'KAZ', 'INTERNAL', 'APPROX_25KM', 'Orenburg oblast on the road towards Aktobe; we could not place it precisely', true, 'Approximate: position and Kazakh counterpart not verified'),
('RUS-ZABAIK', 'RUS', 'Zabaikalsk', 'Забайкальск', 'RAIL', 49.6500, 117.3200, 'CHN', 'EXTERNAL', 'APPROX_5KM', 'At the settlement of Zabaikalsk opposite Manzhouli; approximate', true, 'Rail and road'),
('RUS-BAGRAT', 'RUS', 'Bagrationovsk', 'Багратионовск', 'ROAD', 54.3700, 20.6400, 'POL', 'EXTERNAL', 'APPROX_5KM', 'South of the town of Bagrationovsk, Kaliningrad oblast; approximate', true, 'Pairs with Bezledy (Poland)'),
-- Kazakhstan
('KAZ-ALA', 'KAZ', 'Almaty airport', 'Алматы, аэропорт', 'AIR', 43.3521, 77.0405, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 43°21''07"N 77°02''25"E (Wikipedia infobox)', true, NULL),
('KAZ-NQZ', 'KAZ', 'Astana Nursultan Nazarbayev airport', 'Астана (Нурсултан Назарбаев), аэропорт', 'AIR', 51.0222, 71.4669, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 51°01''20"N 71°28''01"E (Wikipedia infobox)', true, NULL),
('KAZ-CIT', 'KAZ', 'Shymkent airport', 'Шымкент, аэропорт', 'AIR', 42.3642, 69.4789, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point (Wikipedia infobox), rounded', true, NULL),
('KAZ-KORDAI', 'KAZ', 'Kordai', 'Кордай', 'ROAD', 42.8800, 74.4000, 'KGZ', 'INTERNAL', 'APPROX_5KM', 'On the Chu river north-west of Bishkek, opposite Ak-Zhol; approximate', true, 'Pairs with Ak-Zhol (Kyrgyzstan)'),
('KAZ-DOSTYK', 'KAZ', 'Dostyk', 'Достык', 'RAIL', 45.2500, 82.4800, 'CHN', 'EXTERNAL', 'APPROX_5KM', 'At the station of Dostyk opposite Alashankou; approximate', true, 'Rail and road'),
('KAZ-KHORGOS', 'KAZ', 'Khorgos (Nur Zholy)', 'Хоргос (Нур Жолы)', 'ROAD', 44.2100, 80.3500, 'CHN', 'EXTERNAL', 'APPROX_5KM', 'At Khorgos on the Almaty–Urumqi road; approximate', true, NULL),
('KAZ-ZHAISAN', 'KAZ', 'Zhaisan', 'Жайсан', 'ROAD', 51.0000, 56.5000, 'RUS', 'INTERNAL', 'APPROX_25KM', 'Aktobe region on the road towards Orenburg; we could not place it precisely', true, 'Approximate'),
('KAZ-ZHIBEK', 'KAZ', 'Zhibek Zholy', 'Жибек жолы', 'ROAD', 41.3900, 69.3600, 'UZB', 'INTERNAL', 'APPROX_5KM', 'On the Shymkent–Tashkent road north of Tashkent, opposite Gisht Kuprik; approximate', true, NULL),
-- Kyrgyzstan
('KGZ-FRU', 'KGZ', 'Bishkek Manas airport', 'Бишкек (Манас), аэропорт', 'AIR', 43.0613, 74.4776, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 43°03''41"N 74°28''39"E (Wikipedia infobox)', true, NULL),
('KGZ-OSS', 'KGZ', 'Osh airport', 'Ош, аэропорт', 'AIR', 40.6090, 72.7933, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point (Wikipedia infobox), rounded', true, NULL),
('KGZ-AKZHOL', 'KGZ', 'Ak-Zhol', 'Ак-Жол', 'ROAD', 42.8700, 74.4000, 'KAZ', 'INTERNAL', 'APPROX_5KM', 'On the Chu river north-west of Bishkek, opposite Kordai; approximate', true, 'Pairs with Kordai (Kazakhstan)'),
('KGZ-TORUGART', 'KGZ', 'Torugart', 'Торугарт', 'ROAD', 40.5500, 75.4000, 'CHN', 'EXTERNAL', 'APPROX_5KM', 'At the Torugart pass (about 40°33''N 75°24''E); the customs post lies down the road', true, NULL),
('KGZ-IRKESHTAM', 'KGZ', 'Irkeshtam', 'Иркештам', 'ROAD', 39.6900, 73.9000, 'CHN', 'EXTERNAL', 'APPROX_5KM', 'At the Irkeshtam pass; approximate', true, NULL),
('KGZ-DOSTUK', 'KGZ', 'Dostuk', 'Достук', 'ROAD', 40.7000, 72.6500, 'UZB', 'INTERNAL', 'APPROX_5KM', 'On the Osh–Andijan road; approximate', true, 'Pairs with Dustlik (Uzbekistan)'),
('KGZ-BORDOBO', 'KGZ', 'Bor-Dobo (Kyzyl-Art)', 'Бор-Добо (Кызыл-Арт)', 'ROAD', 39.4000, 73.3500, 'TJK', 'INTERNAL', 'APPROX_25KM', 'On the Pamir highway below the Kyzyl-Art pass; approximate', true, NULL),
-- Tajikistan
('TJK-DYU', 'TJK', 'Dushanbe airport', 'Душанбе, аэропорт', 'AIR', 38.5433, 68.8250, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 38°32''36"N 68°49''30"E (Wikipedia infobox)', true, NULL),
('TJK-LBD', 'TJK', 'Khujand airport', 'Худжанд, аэропорт', 'AIR', 40.2154, 69.6947, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point (Wikipedia infobox), rounded', true, NULL),
('TJK-NPANJ', 'TJK', 'Nizhny Panj', 'Нижний Пяндж', 'ROAD', 37.2000, 68.6100, 'AFG', 'EXTERNAL', 'APPROX_5KM', 'At the Panj bridge opposite Sher Khan Bandar; approximate', true, NULL),
('TJK-FOTEHOBOD', 'TJK', 'Fotehobod', 'Фотехобод', 'ROAD', 40.4300, 69.2000, 'UZB', 'INTERNAL', 'APPROX_25KM', 'On the Khujand–Tashkent road opposite Oybek; approximate', true, 'Pairs with Oybek (Uzbekistan)'),
('TJK-KYZYLART', 'TJK', 'Kyzyl-Art', 'Кызыл-Арт', 'ROAD', 39.3500, 73.3300, 'KGZ', 'INTERNAL', 'APPROX_25KM', 'At the Kyzyl-Art pass on the Pamir highway; approximate', true, NULL),
('TJK-TURSUNZODA', 'TJK', 'Tursunzoda', 'Турсунзаде', 'ROAD', 38.4700, 68.1700, 'UZB', 'INTERNAL', 'APPROX_25KM', 'West of Tursunzoda on the Dushanbe–Denau road; approximate', true, NULL),
-- Uzbekistan
('UZB-TAS', 'UZB', 'Tashkent airport', 'Ташкент, аэропорт', 'AIR', 41.2579, 69.2812, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 41°15''28"N 69°16''52"E (Wikipedia infobox)', true, NULL),
('UZB-SKD', 'UZB', 'Samarkand airport', 'Самарканд, аэропорт', 'AIR', 39.7005, 66.9838, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point (Wikipedia infobox), rounded', true, NULL),
('UZB-TERMEZ', 'UZB', 'Termez (Ayritom, Friendship Bridge)', 'Термез (Айритом, Мост дружбы)', 'RAIL', 37.2300, 67.4100, 'AFG', 'EXTERNAL', 'APPROX_5KM', 'At the Friendship Bridge over the Amu Darya opposite Hairatan; approximate', true, 'Rail and road'),
('UZB-OYBEK', 'UZB', 'Oybek', 'Ойбек', 'ROAD', 40.4400, 69.1900, 'TJK', 'INTERNAL', 'APPROX_25KM', 'On the Tashkent–Khujand road; approximate', true, 'Pairs with Fotehobod (Tajikistan)'),
('UZB-DUSTLIK', 'UZB', 'Dustlik', 'Дустлик', 'ROAD', 40.7100, 72.6400, 'KGZ', 'INTERNAL', 'APPROX_5KM', 'On the Andijan–Osh road; approximate', true, 'Pairs with Dostuk (Kyrgyzstan)'),
('UZB-GISHT', 'UZB', 'Gisht Kuprik', 'Гишт-Куприк', 'ROAD', 41.3800, 69.3600, 'KAZ', 'INTERNAL', 'APPROX_5KM', 'North of Tashkent on the road to Shymkent; approximate', true, 'Pairs with Zhibek Zholy (Kazakhstan)'),
-- Armenia
('ARM-EVN', 'ARM', 'Yerevan Zvartnots airport', 'Ереван (Звартноц), аэропорт', 'AIR', 40.1473, 44.3959, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 40°08''50"N 44°23''45"E (Wikipedia infobox)', true, NULL),
('ARM-LWN', 'ARM', 'Gyumri Shirak airport', 'Гюмри (Ширак), аэропорт', 'AIR', 40.7504, 43.8593, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point (Wikipedia infobox), rounded', true, NULL),
('ARM-BAGRAT', 'ARM', 'Bagratashen', 'Баграташен', 'ROAD', 41.2450, 44.8200, 'GEO', 'EXTERNAL', 'APPROX_5KM', 'At the Debed bridge by the village of Bagratashen; approximate', true, 'Pairs with Sadakhlo (Georgia)'),
('ARM-BAVRA', 'ARM', 'Bavra', 'Бавра', 'ROAD', 41.2700, 43.8000, 'GEO', 'EXTERNAL', 'APPROX_5KM', 'At the village of Bavra; approximate', true, NULL),
('ARM-AGARAK', 'ARM', 'Agarak (Meghri)', 'Агарак (Мегри)', 'ROAD', 38.8700, 46.1700, 'IRN', 'EXTERNAL', 'APPROX_5KM', 'At the Araks bridge by Agarak; approximate', true, 'Pairs with Nurduz (Iran)'),
-- Belarus
('BLR-MSQ', 'BLR', 'Minsk National airport (Minsk-2)', 'Национальный аэропорт Минск (Минск-2)', 'AIR', 53.8825, 28.0325, NULL, 'EXTERNAL', 'EXACT', 'Aerodrome reference point 53°52''57"N 28°01''57"E (Wikipedia infobox)', true, NULL),
('BLR-BREST', 'BLR', 'Brest (Warsaw Bridge)', 'Брест (Варшавский мост)', 'ROAD', 52.0750, 23.6500, 'POL', 'EXTERNAL', 'APPROX_5KM', 'At the Bug bridge west of Brest opposite Terespol; approximate', true, 'Pairs with Terespol (Poland)'),
('BLR-BREST-RAIL', 'BLR', 'Brest railway station', 'Брест, железнодорожный вокзал', 'RAIL', 52.0980, 23.6770, 'POL', 'EXTERNAL', 'APPROX_5KM', 'At the Brest-Tsentralny station; approximate', true, NULL),
('BLR-KAMLOG', 'BLR', 'Kamenny Log', 'Каменный Лог', 'ROAD', 54.4300, 25.9900, 'LTU', 'EXTERNAL', 'APPROX_5KM', 'On the Minsk–Vilnius road; approximate', true, 'Pairs with Medininkai (Lithuania)'),
('BLR-NGUTA', 'BLR', 'Novaya Guta', 'Новая Гута', 'ROAD', 51.9200, 30.7500, 'UKR', 'EXTERNAL', 'APPROX_25KM', 'South of Gomel towards Chernihiv; approximate', false, 'Traffic suspended since 2022');

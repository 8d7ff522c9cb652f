package org.jsis.border;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The time zone in which each member state's calendar days are counted for stays. Russia and
 * Kazakhstan span several zones; their capital's zone is used, a simplification (a crossing near
 * midnight local time in the far east may fall on the neighbouring day).
 */
public final class StateZones {

    private static final Map<String, ZoneId> ZONES = Map.of(
            "ARM", ZoneId.of("Asia/Yerevan"),
            "BLR", ZoneId.of("Europe/Minsk"),
            "KAZ", ZoneId.of("Asia/Almaty"),
            "KGZ", ZoneId.of("Asia/Bishkek"),
            "RUS", ZoneId.of("Europe/Moscow"),
            "TJK", ZoneId.of("Asia/Dushanbe"),
            "UZB", ZoneId.of("Asia/Tashkent"));

    private StateZones() {}

    public static ZoneId of(String state) {
        return ZONES.getOrDefault(state, ZoneOffset.UTC);
    }

    public static LocalDate day(String state, Instant instant) {
        return LocalDate.ofInstant(instant, of(state));
    }

    public static LocalDate today(String state) {
        return LocalDate.now(of(state));
    }
}

package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import org.jsis.platform.web.InvalidParameterException;
import org.junit.jupiter.api.Test;

/** The fast readers of bulk times and dates agree with java.time's general parsers, and refuse what they refuse. */
class RequestReaderDateTests {

    @Test
    void utcTimesReadAsTheGeneralParserReadsThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L));
            String text = t.toString();
            assertThat(RequestReader.instant("crossedAt", text)).isEqualTo(t);
            assertThat(RequestReader.instant("crossedAt", text))
                    .isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void otherFormsStillGoThroughTheGeneralParser() {
        assertThat(RequestReader.instant("crossedAt", "2026-11-27T08:15:00.250Z"))
                .isEqualTo(Instant.parse("2026-11-27T08:15:00.250Z"));
        assertThat(RequestReader.instant("crossedAt", "2026-11-27T11:15:00+03:00"))
                .isEqualTo(Instant.parse("2026-11-27T08:15:00Z"));
        assertThat(RequestReader.optionalDate("birthDate", " 1990-02-28 ")).isEqualTo(LocalDate.of(1990, 2, 28));
    }

    @Test
    void impossibleOrMalformedValuesAreProblemsNamingTheField() {
        for (String bad : new String[] {
            "2026-02-30T10:00:00Z", "2026-11-27T24:00:00Z", "2026-11-27T23:60:00Z", "2026-13-01T00:00:00Z",
            "2026-11-27T23:59:60Z", "2026-1x-27T10:00:00Z", "2026-11-27 10:00:00Z", "2026-11-27T10:00:00"
        }) {
            assertThatThrownBy(() -> RequestReader.instant("crossedAt", bad))
                    .as(bad)
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("crossedAt");
        }
        for (String bad : new String[] {"2026-02-29", "2026-00-10", "2026-1-100", "20261127", "2026-11-3a"}) {
            assertThatThrownBy(() -> RequestReader.optionalDate("birthDate", bad))
                    .as(bad)
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("birthDate");
        }
    }
}

package org.jsis.border;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A border checkpoint of a member state.
 *
 * @param id the id other records and the API refer to
 * @param code a stable readable code, the state first ({@code KAZ-KORDAI})
 * @param stateCode the member state operating it
 * @param borderWith the neighbouring country of a land checkpoint (ISO 3166-1 alpha-3); {@code null} for airports
 * @param frontier {@code INTERNAL} between two member states, {@code EXTERNAL} on the organisation's frontier
 * @param coordinatePrecision {@code EXACT}, {@code APPROX_5KM} or {@code APPROX_25KM}
 * @param coordinateSource where the coordinates come from
 */
public record Checkpoint(
        long id,
        String code,
        String stateCode,
        String nameEn,
        String nameRu,
        String kind,
        BigDecimal latitude,
        BigDecimal longitude,
        @Nullable String borderWith,
        String frontier,
        String coordinatePrecision,
        String coordinateSource,
        boolean active,
        @Nullable String note) {

    /** The border this checkpoint sits on, for example {@code KAZ–CHN}; for airports the state alone. */
    public String border() {
        return borderWith == null ? stateCode : stateCode + "–" + borderWith;
    }
}

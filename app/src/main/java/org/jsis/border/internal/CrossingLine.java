package org.jsis.border.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsis.border.stay.Direction;
import org.jspecify.annotations.Nullable;

/** A recorded crossing as the stay derivation reads it. */
public record CrossingLine(
        long travellerId,
        String hostState,
        UUID id,
        Direction direction,
        Instant crossedAt,
        @Nullable String nationality,
        @Nullable String purpose,
        String distribution,
        List<String> sharedWith) {}

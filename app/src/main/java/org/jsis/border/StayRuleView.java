package org.jsis.border;

import java.time.LocalDate;
import org.jsis.border.stay.StayRule;
import org.jspecify.annotations.Nullable;

/**
 * A stay rule version as stored, with where it applies and where it comes from.
 *
 * @param rule the limits
 * @param hostState the state whose rule it is
 * @param groupCode the nationality group ({@code OTHER}: every nationality without a more specific group)
 * @param purpose the purpose it is limited to, or {@code null} for any
 * @param source the law, its number and date
 * @param certainty OFFICIAL_TEXT, SECONDARY_SOURCE or UNVERIFIED
 * @param supersededOn the day a later version replaced it, or {@code null} while current
 */
public record StayRuleView(
        StayRule rule,
        String hostState,
        String groupCode,
        @Nullable String purpose,
        String source,
        String certainty,
        @Nullable String note,
        @Nullable LocalDate supersededOn) {}

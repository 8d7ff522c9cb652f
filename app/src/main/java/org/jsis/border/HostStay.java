package org.jsis.border;

import java.util.List;
import org.jsis.border.stay.StayStatus;
import org.jspecify.annotations.Nullable;

/**
 * A traveller's stay status in one host state, with the rule version used and the crossings'
 * sharing (the status is owned by the host state).
 *
 * @param hostState the state stayed in
 * @param nationality the nationality the rule was chosen for
 * @param status what the calculator found
 * @param rule the rule version applied, or {@code null} when no rule covers it
 */
public record HostStay(
        String hostState,
        @Nullable String nationality,
        StayStatus status,
        @Nullable StayRuleView rule,
        String distribution,
        List<String> sharedWith) {}

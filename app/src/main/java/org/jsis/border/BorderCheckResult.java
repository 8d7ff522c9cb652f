package org.jsis.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a border check: CLEAR or HIT, and every reason, each naming the state that owns it.
 *
 * @param outcome {@code HIT} when any reason has severity HIT, else {@code CLEAR}
 * @param travellerId the known traveller holding this document, or {@code null} when never seen
 * @param reasons entry bans, register hits, overstays and warnings, most serious first
 * @param stays the traveller's stay status in each host state whose crossings the caller may see
 */
public record BorderCheckResult(
        String outcome,
        Instant checkedAt,
        String checkpoint,
        String checkpointState,
        String direction,
        DocumentData document,
        @Nullable Long travellerId,
        List<Reason> reasons,
        List<StayView> stays) {

    /**
     * One reason.
     *
     * @param kind ENTRY_BAN, ENTRY_BAN_ELSEWHERE, REGISTER, OVERSTAY, STAY_LIMIT, EXIT_WITHOUT_ENTRY,
     *     ENTRY_WHILE_STAY_OPEN, DOCUMENT_IDENTITY_MISMATCH, DOCUMENT_EXPIRED
     * @param severity HIT (the officer must act), WARNING (look closer) or INFO
     * @param owningState the member state whose record this reason comes from
     * @param summary one readable line
     * @param details the fields of the record behind it (ban, register entity, stay)
     */
    public record Reason(
            String kind, String severity, String owningState, String summary, Map<String, Object> details) {}

    /**
     * A stay status as shown to the officer.
     *
     * @param rule the rule version used ({@code KAZ-VISA-FREE v2}), or {@code null} without a rule
     * @param ruleId its id (rule versions are never edited)
     * @param allowedUntil for an entry at a checkpoint of this state: the last day he may stay if admitted
     *     today; for an open stay: the last legal day
     */
    public record StayView(
            String hostState,
            @Nullable LocalDate openSince,
            int daysUsed,
            @Nullable Integer daysAllowed,
            boolean overstaying,
            int overstayDays,
            @Nullable LocalDate allowedUntil,
            @Nullable LocalDate registrationDue,
            @Nullable String rule,
            @Nullable Long ruleId,
            @Nullable String ruleSource,
            String owningState) {}
}

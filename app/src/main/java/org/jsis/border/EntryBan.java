package org.jsis.border;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A refusal of entry issued by a member state.
 *
 * @param scope {@code ISSUING_STATE} (in force at that state's border only) or {@code ALL_MEMBERS}
 * @param registerRecordId an optional register record this ban rests on
 * @param names the person's names in any script
 * @param birthDate the birth date, possibly partial ({@code 1985}, {@code 1985-04}, {@code 1985-04-12})
 * @param documents document numbers, as {@code ISSUER:NUMBER} or {@code NUMBER}
 */
public record EntryBan(
        long id,
        String issuingState,
        String authority,
        String legalBasis,
        String reason,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String scope,
        @Nullable String registerRecordId,
        List<String> names,
        @Nullable String birthDate,
        @Nullable String nationality,
        @Nullable String sex,
        List<BanDocument> documents,
        String ownerState,
        String distribution,
        List<String> sharedWith) {

    /** A document named in a ban; the issuing state may be unknown. */
    public record BanDocument(@Nullable String issuingState, String number) {}

    /** The same ban with another recipients list: a non-owner's view names no other recipient. */
    public EntryBan withSharedWith(List<String> recipients) {
        return new EntryBan(
                id,
                issuingState,
                authority,
                legalBasis,
                reason,
                validFrom,
                validTo,
                scope,
                registerRecordId,
                names,
                birthDate,
                nationality,
                sex,
                documents,
                ownerState,
                distribution,
                recipients);
    }

    /** Whether the ban forbids entry into {@code state} on {@code day}. */
    public boolean inForce(String state, LocalDate day) {
        boolean valid = !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        return valid && (scope.equals("ALL_MEMBERS") || issuingState.equals(state));
    }
}

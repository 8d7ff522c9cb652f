package org.jsis.border;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A travel document and its holder as presented at a crossing or a check.
 *
 * @param type {@code PASSPORT}, {@code ID_CARD} or {@code OTHER}
 * @param number the document number, upper-case letters and digits
 * @param issuingState the issuing state's ICAO code ({@code KGZ}, {@code D})
 * @param surname the surname as in the machine-readable zone (Latin)
 * @param givenNames the given names as in the machine-readable zone; may be empty
 * @param surnameNational the surname in national script, when known
 * @param givenNamesNational the given names in national script, when known
 * @param sex {@code M}, {@code F} or {@code X}
 * @param nationality the holder's nationality (ICAO code)
 */
public record DocumentData(
        String type,
        String number,
        String issuingState,
        @Nullable LocalDate expiry,
        String surname,
        String givenNames,
        @Nullable String surnameNational,
        @Nullable String givenNamesNational,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable String nationality) {

    /** Surname and given names as one name, for the matcher. */
    public String fullName() {
        return givenNames.isEmpty() ? surname : surname + " " + givenNames;
    }

    /** The name in national script, when known. */
    public @Nullable String nationalName() {
        if (surnameNational == null || surnameNational.isBlank()) {
            return null;
        }
        return givenNamesNational == null || givenNamesNational.isBlank()
                ? surnameNational
                : surnameNational + " " + givenNamesNational;
    }
}

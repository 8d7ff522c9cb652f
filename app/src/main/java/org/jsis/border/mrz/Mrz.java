package org.jsis.border.mrz;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A machine-readable zone that passed every check digit.
 *
 * @param format TD1, TD2 or TD3
 * @param documentCode the document code, fillers removed ({@code P}, {@code PO}, {@code I}, {@code ID}...)
 * @param issuingState the issuing state or organisation, fillers removed ({@code UTO}, {@code D})
 * @param documentNumber the document number, fillers removed (long TD1 numbers joined)
 * @param surname primary identifier, fillers read as spaces
 * @param givenNames secondary identifier, fillers read as spaces; empty when there is none
 * @param nationality the holder's nationality, fillers removed
 * @param birthDate the birth date with the century inferred; {@code null} when the zone marks it unknown
 * @param birthDateText the birth date as written ({@code YYMMDD}, may contain fillers)
 * @param sex {@code M}, {@code F} or {@code X} (unspecified)
 * @param expiryDate the expiry date, century inferred; {@code null} when the zone marks it unknown
 * @param optionalData the optional data (personal number), fillers removed; may be empty
 */
public record Mrz(
        MrzFormat format,
        String documentCode,
        String issuingState,
        String documentNumber,
        String surname,
        String givenNames,
        String nationality,
        @Nullable LocalDate birthDate,
        String birthDateText,
        char sex,
        @Nullable LocalDate expiryDate,
        String optionalData) {

    /** Whether this is a passport (document code starting with {@code P}). */
    public boolean isPassport() {
        return documentCode.startsWith("P");
    }
}

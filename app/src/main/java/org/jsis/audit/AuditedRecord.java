package org.jsis.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record an audited action returned or changed.
 *
 * @param type the record type, e.g. {@code register-entry} or {@code user}
 * @param id the record's id
 * @param ownerState the member state that owns the record, or {@code null} when no state owns it (a
 *     Secretariat user account)
 */
public record AuditedRecord(
        String type, String id, @Nullable String ownerState) {

    public AuditedRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException(
                    "an audited record needs a type and an id, got '" + type + "', '" + id + "'");
        }
        if (ownerState != null && !stateCode(ownerState)) {
            throw new IllegalArgumentException(
                    "ownerState must be a three-letter state code, got '" + ownerState + "'");
        }
    }

    /** Three letters A–Z (checked without a regular expression: a bulk entry names thousands of records). */
    private static boolean stateCode(String s) {
        return s.length() == 3 && letter(s.charAt(0)) && letter(s.charAt(1)) && letter(s.charAt(2));
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static AuditedRecord of(String type, Object id, @Nullable String ownerState) {
        return new AuditedRecord(type, String.valueOf(id), ownerState);
    }
}

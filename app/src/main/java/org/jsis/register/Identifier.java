package org.jsis.register;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An identity document or number of an entity (passport, national id, other). */
public record Identifier(
        Kind kind,
        String number,
        @Nullable String country,
        @Nullable String note) {

    public enum Kind {
        PASSPORT,
        NATIONAL_ID,
        OTHER
    }

    public Identifier {
        Objects.requireNonNull(kind, "kind");
        number = Scripts.collapseSpaces(Objects.requireNonNull(number, "number"));
        if (number.isEmpty()) {
            throw new IllegalArgumentException("an identifier number must not be blank");
        }
    }
}

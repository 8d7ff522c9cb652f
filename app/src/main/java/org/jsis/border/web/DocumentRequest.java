package org.jsis.border.web;

import org.jspecify.annotations.Nullable;

/**
 * A travel document as sent by a client: either {@code mrz} (the machine-readable zone, optionally with
 * the names in national script) or the fields.
 */
public record DocumentRequest(
        @Nullable String mrz,
        @Nullable String type,
        @Nullable String number,
        @Nullable String issuingState,
        @Nullable String expiry,
        @Nullable String surname,
        @Nullable String givenNames,
        @Nullable String surnameNational,
        @Nullable String givenNamesNational,
        @Nullable String birthDate,
        @Nullable String sex,
        @Nullable String nationality) {}

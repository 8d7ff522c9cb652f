package org.jsis.register;

import org.jsis.audit.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * One name to screen against the register.
 *
 * @param name the name, in any script and word order
 * @param birthDate full or partial ({@code 1965}, {@code 1965-03}, {@code 1965-03-12}); moves the score
 * @param nationality ISO 3166-1 alpha-2 or alpha-3 code or country name; moves the score
 * @param kind only persons or only organisations; null for both
 * @param purpose why the caller screens (audited)
 * @param threshold the lowest score returned; null for the matcher's calibrated default
 * @param limit the most hits returned; null for 10
 */
public record ScreeningRequest(
        String name,
        @Nullable String birthDate,
        @Nullable String nationality,
        @Nullable EntityType kind,
        Purpose purpose,
        @Nullable Double threshold,
        @Nullable Integer limit) {}

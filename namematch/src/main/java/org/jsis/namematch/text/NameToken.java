package org.jsis.namematch.text;

import org.jspecify.annotations.Nullable;

/**
 * One token of a parsed name.
 *
 * @param original as written in the input (case and diacritics kept)
 * @param form the analysis of its normalised form
 * @param role what the token is in this name
 * @param ignoredAs why an {@link Role#IGNORED} token was set aside ({@code title}, {@code legal form},
 *     ...), else null
 */
public record NameToken(
        String original,
        TokenForm form,
        Role role,
        @Nullable String ignoredAs) {

    public NameToken withRole(Role newRole, @Nullable String why) {
        return new NameToken(original, form, newRole, why);
    }
}

package org.jsis.namematch.text;

import java.util.List;

/**
 * A name split into typed tokens, in written order.
 *
 * @param original the name as given
 * @param tokens every token, including the ignored ones
 */
public record ParsedName(String original, List<NameToken> tokens) {

    public ParsedName {
        tokens = List.copyOf(tokens);
    }

    /** Whether the name has at least one token that takes part in matching. */
    public boolean isEmpty() {
        return tokens.stream().allMatch(t -> t.role() == Role.IGNORED);
    }

    /** How many tokens have the role. */
    public int count(Role role) {
        int n = 0;
        for (NameToken t : tokens) {
            if (t.role() == role) {
                n++;
            }
        }
        return n;
    }
}

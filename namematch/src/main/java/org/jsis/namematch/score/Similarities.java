package org.jsis.namematch.score;

import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;

/** Token similarity between query token {@code q} and record token {@code r}, typically cached. */
@FunctionalInterface
public interface Similarities {

    TokenSimilarity.@Nullable Result compare(int q, int r);

    /**
     * A token against two adjacent tokens of the other side written as one word ({@code joined});
     * an index may cache it, since many names share a token or a pair of tokens. Only results of at
     * least {@link NameScorer#JOIN_SIMILARITY} count, so any lower one may be given as null.
     */
    default TokenSimilarity.@Nullable Result joined(TokenForm single, TokenForm joined) {
        return TokenSimilarity.compareAtLeast(single, joined, NameScorer.JOIN_SIMILARITY);
    }
}

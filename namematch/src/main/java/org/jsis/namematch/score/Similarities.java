package org.jsis.namematch.score;

import org.jspecify.annotations.Nullable;

/** Token similarity between query token {@code q} and record token {@code r}, typically cached. */
@FunctionalInterface
public interface Similarities {

    TokenSimilarity.@Nullable Result compare(int q, int r);
}

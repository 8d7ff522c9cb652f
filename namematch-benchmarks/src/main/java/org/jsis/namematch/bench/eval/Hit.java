package org.jsis.namematch.bench.eval;

/**
 * One hit of a matcher: the entry, its score, the entry's name that matched and the method's own
 * account of the match (JSIS: its {@code Explanation}; null when the method gives none). The
 * account is kept as an object and only turned into text when answers are written out, so that
 * timing does not include it.
 */
public record Hit(String entryId, double score, String matchedName, Object explanation) {

    public Hit(String entryId, double score, String matchedName) {
        this(entryId, score, matchedName, null);
    }
}

package org.jsis.namematch;

/**
 * One hit of a {@link NameIndex#search search}.
 *
 * @param recordId the id of the matching {@link NameRecord}
 * @param score calibrated strength of evidence in [0, 1]; compare with {@link NameIndex#DEFAULT_THRESHOLD}
 * @param matchedName the record's name (alias) that matched best, as it was indexed
 * @param explanation why it matched
 */
public record Match(String recordId, double score, String matchedName, Explanation explanation) {

    public Match {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }
}

package org.jsis.namematch.score;

import java.util.List;
import org.jsis.namematch.Explanation.MatchType;

/**
 * The outcome of comparing a query name with one indexed name.
 *
 * @param score the name score in [0, 1], before birth date and nationality
 * @param pairs matched tokens; a pair may span two adjacent tokens on one side
 * @param unmatchedQuery query token indexes with no counterpart (names, initials, patronymics)
 * @param unmatchedRecord record token indexes with no counterpart
 * @param cap the highest final score the evidence rules allow, whatever birth date and nationality
 *     add (1 when the rules are met)
 */
public record NameComparison(
        double score, List<Pair> pairs, List<Integer> unmatchedQuery, List<Integer> unmatchedRecord, double cap) {

    /**
     * Matched tokens: query tokens {@code q..qEnd} with record tokens {@code r..rEnd} (inclusive);
     * {@code weak} when the match is no evidence on its own (see {@link TokenSimilarity.Result}).
     */
    public record Pair(
            int q, int qEnd, int r, int rEnd, MatchType type, double similarity, boolean droppedEnding, boolean weak) {
        public Pair(int q, int qEnd, int r, int rEnd, MatchType type, double similarity) {
            this(q, qEnd, r, rEnd, type, similarity, false, false);
        }

        Pair withSimilarity(double s) {
            return new Pair(q, qEnd, r, rEnd, type, s, droppedEnding, weak);
        }
    }
}

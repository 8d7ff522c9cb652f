package org.jsis.namematch.index;

import java.util.ArrayList;
import java.util.List;
import org.jsis.namematch.Explanation;
import org.jsis.namematch.score.NameComparison;
import org.jsis.namematch.text.NameToken;
import org.jsis.namematch.text.ParsedName;
import org.jsis.namematch.text.Role;

/** Builds the public {@link Explanation} of a comparison, in the words as written on both sides. */
final class Explanations {

    private Explanations() {}

    static Explanation of(
            ParsedName query,
            ParsedName record,
            NameComparison comparison,
            List<Explanation.Adjustment> adjustments,
            double score) {
        List<Explanation.TokenMatch> matched = new ArrayList<>();
        for (NameComparison.Pair p : comparison.pairs()) {
            matched.add(new Explanation.TokenMatch(
                    text(query, p.q(), p.qEnd()), text(record, p.r(), p.rEnd()), p.type(), round(p.similarity())));
        }
        matched.sort((a, b) -> Integer.compare(indexOf(query, a.queryToken()), indexOf(query, b.queryToken())));
        List<String> missing = comparison.unmatchedRecord().stream()
                .map(i -> original(record, i))
                .toList();
        List<String> extra = comparison.unmatchedQuery().stream()
                .map(i -> original(query, i))
                .toList();
        List<String> ignored = new ArrayList<>();
        for (ParsedName side : List.of(query, record)) {
            for (NameToken t : side.tokens()) {
                if (t.role() == Role.IGNORED && !ignored.contains(t.original())) {
                    ignored.add(t.original());
                }
            }
        }
        return new Explanation(matched, missing, extra, ignored, round(comparison.score()), adjustments, round(score));
    }

    private static String text(ParsedName name, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(original(name, i));
        }
        return sb.toString();
    }

    private static String original(ParsedName name, int i) {
        return i < name.tokens().size() ? name.tokens().get(i).original() : "?";
    }

    private static int indexOf(ParsedName name, String original) {
        for (int i = 0; i < name.tokens().size(); i++) {
            if (original.startsWith(name.tokens().get(i).original())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}

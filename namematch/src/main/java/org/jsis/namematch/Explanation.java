package org.jsis.namematch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a {@link Match} matched: which query token matched which record token and how, which tokens
 * had no counterpart, which were set aside (titles, legal forms, particles), and how birth date and
 * nationality moved the score.
 *
 * @param tokens the matched token pairs, in query order
 * @param missing record tokens with no counterpart in the query, as written in the record
 * @param extra query tokens with no counterpart in the record, as written in the query
 * @param ignored tokens set aside on either side before matching (titles, legal forms, generic
 *     words, particles), as written
 * @param nameScore the score of the names alone, before adjustments
 * @param adjustments how birth date and nationality moved the score
 * @param score the final score, as in {@link Match#score()}
 */
public record Explanation(
        List<TokenMatch> tokens,
        List<String> missing,
        List<String> extra,
        List<String> ignored,
        double nameScore,
        List<Adjustment> adjustments,
        double score) {

    public Explanation {
        tokens = List.copyOf(tokens);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
        ignored = List.copyOf(ignored);
        adjustments = List.copyOf(adjustments);
    }

    /** How two tokens were found to be the same name part, from strongest to weakest. */
    public enum MatchType {
        /** The same letters once case and accents are folded. */
        IDENTICAL,
        /** The same name written in another script or romanisation. */
        TRANSLITERATION,
        /** The same generic word in another language, such as Movement and Движение. */
        TRANSLATION,
        /** The same sound key, such as Tsarnaev and Tsarnayev. */
        PHONETIC,
        /** Close in spelling but not the same: a typo or a rare romanisation. */
        EDIT_DISTANCE,
        /** An initial matched the full name part, such as N. and Nikolai. */
        INITIAL;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One query token matched to one record token.
     *
     * @param queryToken as written in the query
     * @param recordToken as written in the record
     * @param type how they were found to match
     * @param similarity 1 for identical, less for weaker evidence
     */
    public record TokenMatch(String queryToken, String recordToken, MatchType type, double similarity) {}

    /** What moved the score beyond the names. */
    public enum Factor {
        BIRTH_DATE,
        NATIONALITY
    }

    /**
     * One adjustment of the score.
     *
     * @param factor what was compared
     * @param detail one short English phrase, e.g. {@code birth date 1965 agrees with 1965-03-12}
     * @param delta how much the score moved (negative: down)
     */
    public record Adjustment(Factor factor, String detail, double delta) {}

    /** One line of readable English. */
    public String toText() {
        List<String> parts = new ArrayList<>();
        for (TokenMatch t : tokens) {
            String how = t.type().label();
            parts.add(
                    t.queryToken().equals(t.recordToken())
                            ? "'" + t.queryToken() + "' (" + how + ")"
                            : "'" + t.queryToken() + "' ~ '" + t.recordToken() + "' (" + how + ")");
        }
        StringBuilder sb =
                new StringBuilder(parts.isEmpty() ? "no name parts matched" : "matched " + String.join(", ", parts));
        if (!missing.isEmpty()) {
            sb.append("; not in query: ").append(quoted(missing));
        }
        if (!extra.isEmpty()) {
            sb.append("; not in record: ").append(quoted(extra));
        }
        if (!ignored.isEmpty()) {
            sb.append("; ignored: ").append(quoted(ignored));
        }
        sb.append("; name score ").append(format(nameScore));
        for (Adjustment a : adjustments) {
            sb.append("; ")
                    .append(a.detail())
                    .append(" (")
                    .append(a.delta() >= 0 ? "+" : "")
                    .append(format(a.delta()))
                    .append(")");
        }
        return sb.append("; score ").append(format(score)).toString();
    }

    private static String quoted(List<String> tokens) {
        return "'" + String.join("', '", tokens) + "'";
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}

package org.jsis.namematch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsis.namematch.Match;

/** A search's answers as lines (id, score, matched name, explanation), for tests that compare two searches. */
final class SearchAnswers {

    private SearchAnswers() {}

    static List<String> of(List<Match> matches) {
        List<String> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s %.9f %s | %s",
                    m.recordId(),
                    m.score(),
                    m.matchedName(),
                    m.explanation().toText()));
        }
        return out;
    }
}

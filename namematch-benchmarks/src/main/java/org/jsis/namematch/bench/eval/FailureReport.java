package org.jsis.namematch.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the queries a method got wrong as tab-separated lines: misses (an expected entry not
 * found) and wrong hits, with the expected entry's names and what came back instead.
 */
public final class FailureReport {

    private FailureReport() {}

    public static List<String> lines(RunResult run, Dataset dataset) {
        Map<String, ListEntry> byId =
                dataset.list().stream().collect(Collectors.toMap(ListEntry::id, Function.identity()));
        List<String> out = new ArrayList<>();
        out.add("kind\tsubset\tquery_id\tquery\tnote\texpected\tgot");
        for (QueryResult r : run.results()) {
            Query q = r.query();
            String expected = q.expected().stream()
                    .sorted()
                    .map(id -> id + " " + byId.get(id).names())
                    .collect(Collectors.joining(" | "));
            String got = r.hits().stream()
                    .map(h -> String.format(Locale.ROOT, "%s %.3f «%s»", h.entryId(), h.score(), h.matchedName()))
                    .collect(Collectors.joining(" | "));
            if (q.positive() && !r.found()) {
                out.add(String.join("\t", "miss", q.subset(), q.id(), describe(q), q.note(), expected, got));
            }
            if (r.wrongHit()) {
                out.add(String.join("\t", "wrong-hit", q.subset(), q.id(), describe(q), q.note(), expected, got));
            }
        }
        return out;
    }

    private static String describe(Query q) {
        StringBuilder b = new StringBuilder(q.name());
        if (q.birthDate() != null) {
            b.append(" [dob ").append(q.birthDate()).append(']');
        }
        if (q.nationality() != null) {
            b.append(" [nat ").append(q.nationality()).append(']');
        }
        return b.toString().replace('\t', ' ');
    }

    public static void write(RunResult run, Dataset dataset, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines(run, dataset));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

package org.jsis.namematch.bench.matchers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.jsis.namematch.bench.eval.Hit;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Matcher;
import org.jsis.namematch.bench.eval.Query;

/**
 * JSIS: the {@code namematch} library's {@link NameIndex}, at its calibrated default threshold unless
 * another is given, with the query's kind, birth date and nationality passed on.
 */
public final class JsisMatcher implements Matcher {

    private final double threshold;
    private NameIndex index = new NameIndex();

    public JsisMatcher(double threshold) {
        this.threshold = threshold;
    }

    public JsisMatcher() {
        this(NameIndex.DEFAULT_THRESHOLD);
    }

    @Override
    public String name() {
        return String.format(Locale.ROOT, "jsis@%.2f", threshold);
    }

    @Override
    public void index(List<ListEntry> entries) {
        index = new NameIndex();
        for (ListEntry e : entries) {
            index.put(record(e));
        }
    }

    /** The library's record for an entry; birth dates that are not {@code yyyy[-mm[-dd]]} are left out. */
    public static NameRecord record(ListEntry e) {
        List<PartialDate> dates = new ArrayList<>();
        for (String d : e.birthDates()) {
            date(d).ifPresent(dates::add);
        }
        return new NameRecord(e.id(), kind(e.kind()), e.names(), dates, e.nationalities());
    }

    @Override
    public List<Hit> search(Query query) {
        List<Hit> hits = new ArrayList<>();
        for (Match m : index.search(nameQuery(query, threshold))) {
            hits.add(new Hit(m.recordId(), m.score(), m.matchedName(), m.explanation()));
        }
        return hits;
    }

    /** The library's query for a harness query, at most {@link #LIMIT} hits at {@code threshold}. */
    public static NameQuery nameQuery(Query query, double threshold) {
        NameQuery.Builder b =
                NameQuery.builder(query.name()).threshold(threshold).limit(LIMIT);
        if (query.kind() != null) {
            b.kind(kind(query.kind()));
        }
        if (query.birthDate() != null) {
            date(query.birthDate()).ifPresent(b::birthDate);
        }
        if (query.nationality() != null) {
            b.nationality(query.nationality());
        }
        return b.build();
    }

    /** The index itself, for benchmarks that call it directly. */
    public NameIndex nameIndex() {
        return index;
    }

    static EntityKind kind(Kind kind) {
        return kind == Kind.PERSON ? EntityKind.PERSON : EntityKind.ORGANISATION;
    }

    private static java.util.Optional<PartialDate> date(String text) {
        try {
            return java.util.Optional.of(PartialDate.parse(text));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}

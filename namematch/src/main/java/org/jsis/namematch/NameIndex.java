package org.jsis.namematch;

import java.util.List;
import java.util.Optional;
import org.jsis.namematch.index.Engine;

/**
 * A thread-safe, updatable index of person and organisation names that answers cross-script name
 * queries.
 *
 * <pre>{@code
 * NameIndex index = new NameIndex();
 * index.put(NameRecord.person("un-1", "Бордюжа Николай Николаевич", "Nikolai Bordyuzha"));
 * List<Match> hits = index.search(NameQuery.of("BORDIUZHA NIKOLAI"));
 * hits.get(0).explanation().toText();
 * }</pre>
 *
 * <p>Records can be added, replaced and removed at any time without a rebuild; any number of
 * threads may search while one updates. Indexed names and queries go through the same analysis.
 */
public final class NameIndex {

    /**
     * The calibrated score at or above which a hit is worth a human look, for any name: both name
     * parts of a person agree up to transliteration, romanisation or a small spelling difference.
     */
    public static final double DEFAULT_THRESHOLD = 0.75;

    private final Engine engine = new Engine();

    /** Adds the record, replacing any record with the same id. */
    public void put(NameRecord record) {
        engine.put(record);
    }

    /** Adds all records, replacing records with the same ids; faster than one {@link #put} each. */
    public void putAll(Iterable<NameRecord> records) {
        engine.putAll(records);
    }

    /** Removes the record with this id; returns whether there was one. */
    public boolean remove(String id) {
        return engine.remove(id);
    }

    /** The record with this id, if indexed. */
    public Optional<NameRecord> get(String id) {
        return engine.get(id);
    }

    /** How many records are indexed. */
    public int size() {
        return engine.size();
    }

    /**
     * The records whose best name scores at least the query's threshold, best first, at most the
     * query's limit; ties are ordered by record id. Never null.
     */
    public List<Match> search(NameQuery query) {
        return engine.search(query);
    }
}

package org.jsis.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One audited action: what was done ({@code action}, e.g. {@code register.search}), why ({@code
 * purpose}), with which query terms, and which records it returned or changed.
 *
 * <p>Build it with {@link #of(String)} and the {@code with...} methods; each returns a new entry:
 *
 * {@snippet :
 * auditLog.record(AuditEntry.of("register.search")
 *         .withPurpose(purpose)
 *         .withTerm("name", query.name())
 *         .withRecords(hits.stream().map(h -> AuditedRecord.of("register-entry", h.id(), h.ownerState())).toList()));
 * }
 *
 * @param action dotted lower-case name, module first: {@code register.view}, {@code security.token.create}
 * @param purpose the purpose the request gave; required for searches and checks
 * @param queryTerms the terms of a search or check (name, birth date, document number...), sorted by key
 * @param records the records returned or changed
 * @param actor who acted; {@code null} means the authenticated caller of the current request
 */
public record AuditEntry(
        String action,
        @Nullable Purpose purpose,
        SortedMap<String, String> queryTerms,
        List<AuditedRecord> records,
        @Nullable Actor actor) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        if (!wellFormedAction(action)) {
            throw new IllegalArgumentException(
                    "action must be dotted lower-case words, module first (e.g. register.search), got '" + action
                            + "'");
        }
        queryTerms = Collections.unmodifiableSortedMap(new TreeMap<>(queryTerms));
        records = List.copyOf(records);
    }

    /**
     * Whether the action is dotted lower-case words, module first: {@code [a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+},
     * checked by one pass over its characters, since every {@code with...} step of every audited request
     * builds a new entry (a regular expression there cost more than the rest of the entry).
     */
    static boolean wellFormedAction(String action) {
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < action.length(); i++) {
            char c = action.charAt(i);
            if (wordStart) {
                if (c < 'a' || c > 'z') {
                    return false;
                }
                wordStart = false;
                words++;
            } else if (c == '.') {
                wordStart = true;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return !wordStart && words >= 2;
    }

    public static AuditEntry of(String action) {
        return new AuditEntry(action, null, new TreeMap<>(), List.of(), null);
    }

    public AuditEntry withPurpose(@Nullable Purpose purpose) {
        return new AuditEntry(action, purpose, queryTerms, records, actor);
    }

    /** Adds a query term; a {@code null} or blank value is left out. */
    public AuditEntry withTerm(String name, @Nullable Object value) {
        if (value == null || value.toString().isBlank()) {
            return this;
        }
        TreeMap<String, String> terms = new TreeMap<>(queryTerms);
        terms.put(name, value.toString());
        return new AuditEntry(action, purpose, terms, records, actor);
    }

    public AuditEntry withTerms(Map<String, ?> terms) {
        AuditEntry entry = this;
        for (Map.Entry<String, ?> term : terms.entrySet()) {
            entry = entry.withTerm(term.getKey(), term.getValue());
        }
        return entry;
    }

    public AuditEntry withRecord(String type, Object id, @Nullable String ownerState) {
        return withRecords(List.of(AuditedRecord.of(type, id, ownerState)));
    }

    /** Adds records (to those already in the entry). */
    public AuditEntry withRecords(Collection<AuditedRecord> more) {
        List<AuditedRecord> all = new ArrayList<>(records);
        all.addAll(more);
        return new AuditEntry(action, purpose, queryTerms, all, actor);
    }

    /** The entry performed by {@code actor} rather than by the current request's caller. */
    public AuditEntry by(Actor actor) {
        return new AuditEntry(action, purpose, queryTerms, records, actor);
    }
}

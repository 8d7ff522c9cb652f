package org.jsis.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.PartialDate;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.internal.EntityStore;
import org.jsis.register.internal.RegisterIndex;
import org.jsis.security.Caller;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens names against the register: the in-memory name index proposes candidates among the entities the
 * caller may see (owner and distribution kept beside the index), the database re-checks each hit with
 * {@code jsis_can_see} while loading its designations, and the screening is audited with its purpose,
 * terms and hits before the answer leaves.
 */
@Service
public class RegisterScreening {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final RegisterIndex index;
    private final EntityStore store;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    RegisterScreening(RegisterIndex index, EntityStore store, AuditLog audit, TransactionTemplate transactions) {
        this.index = index;
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Screens one name for the caller, audited: with the hits when the database confirms every match the
     * index proposed (as it does unless an entity changed since it was indexed), the audit entry is appended
     * by the hits' own query ({@link EntityStore#screened(Visibility, List, List, AuditAppend)}): one round
     * trip and one transaction. Otherwise, and without matches, the entry is recorded on its own. Either way it
     * names exactly the hits answered, with their owners, and an entry that cannot be written fails the
     * screening.
     *
     * @throws InvalidParameterException naming the field when the request is malformed
     */
    public List<ScreeningHit> screen(ScreeningRequest request, Caller caller) {
        return screen(request, caller, false);
    }

    /**
     * Screens as {@link #screen(ScreeningRequest, Caller)} does, every statement of it (the hits' query with the
     * audit entry's append, or the entry on its own) run in one transaction that is then rolled back: nothing
     * stays in the database (no audit entry, no moved chain head; only the audit sequence's numbers drawn are
     * gone, as after any rolled-back append) and the search does not count in the index's search metrics. For
     * the start-up warm-up of the screening path ({@code ScreeningWarmUp}) only: its answer was never given to
     * anyone, so it needs no audit entry.
     */
    public List<ScreeningHit> screenRolledBack(ScreeningRequest request, Caller caller) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return screen(request, caller, true);
        });
    }

    private List<ScreeningHit> screen(ScreeningRequest request, Caller caller, boolean warmUp) {
        Visibility visibility = Visibility.of(caller, LocalDate.now());
        List<Match> matches = matches(request, visibility, warmUp);
        AuditEntry entry = AuditEntry.of("register.screening")
                .withPurpose(request.purpose())
                .withTerm("name", request.name())
                .withTerm("birthDate", request.birthDate())
                .withTerm("nationality", request.nationality())
                .withTerm("kind", request.kind())
                .by(caller);
        List<UUID> ids = new ArrayList<>(matches.size());
        List<String> owners = new ArrayList<>(matches.size());
        List<AuditedRecord> proposed = new ArrayList<>(matches.size());
        boolean indexed = true;
        for (Match m : matches) {
            UUID id = UUID.fromString(m.recordId());
            String owner = index.owner(m.recordId());
            if (owner == null) {
                // Removed from the index since the search: the hits' query alone, then the entry on its own.
                indexed = false;
                break;
            }
            ids.add(id);
            owners.add(owner);
            proposed.add(AuditedRecord.of(RECORD_TYPE, id, owner));
        }
        if (matches.isEmpty() || !indexed) {
            List<ScreeningHit> hits = hits(matches, visibility);
            audit.record(entry.withRecords(records(hits)));
            return hits;
        }
        EntityStore.ScreenedAudited found =
                store.screened(visibility, ids, owners, audit.prepare(entry.withRecords(proposed)));
        List<ScreeningHit> hits = hits(matches, found.entities());
        if (!found.audited()) {
            audit.record(entry.withRecords(records(hits)));
        } else if (hits.size() != matches.size()) {
            // The statement appends only when it confirms every proposed hit; anything else is a defect here.
            throw new IllegalStateException("the screening's audit entry names hits the database did not confirm");
        }
        return hits;
    }

    private static final String RECORD_TYPE = "register-entity";

    private static List<AuditedRecord> records(List<ScreeningHit> hits) {
        return hits.stream()
                .map(h -> AuditedRecord.of(RECORD_TYPE, h.entityId(), h.ownerState()))
                .toList();
    }

    /** One hit of a batch screening: the input row's id and name, and the hit. */
    public record BatchHit(String inputId, String inputName, ScreeningHit hit) {}

    /**
     * What a batch screening found.
     *
     * @param screened the number of input rows screened
     * @param hits every hit at or above the threshold, in input order, best first within each input row
     */
    public record BatchResult(int screened, List<BatchHit> hits) {

        /** Writes the hits as {@code ./jsis screen} does: {@code input_id,list_id,score,explanation}. */
        public void writeCsv(java.io.Writer out) throws java.io.IOException {
            org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(
                    out,
                    org.apache.commons.csv.CSVFormat.RFC4180
                            .builder()
                            .setRecordSeparator('\n')
                            .get());
            printer.printRecord("input_id", "list_id", "score", "explanation");
            for (BatchHit h : hits) {
                printer.printRecord(
                        h.inputId(),
                        h.hit().entityId(),
                        String.format(java.util.Locale.ROOT, "%.4f", h.hit().score()),
                        h.hit().explanation());
            }
            printer.flush();
        }
    }

    /**
     * Screens a passenger list (CSV, UTF-8, header with at least {@code id,name}; optional {@code kind},
     * {@code birth_date}, {@code nationality}) and writes {@code input_id,list_id,score,explanation}, one row
     * per hit at or above the threshold, best first within each input row: the output of {@code ./jsis screen},
     * with the register entity id as {@code list_id}. Audited once, with every hit.
     *
     * @return the number of input rows screened
     * @throws ImportFormatException naming the line of a malformed row, before anything is written
     */
    public int screenBatch(
            java.io.InputStream csv, Purpose purpose, @Nullable Double threshold, Caller caller, java.io.Writer out)
            throws java.io.IOException {
        BatchResult result = screenBatch(csv, purpose, threshold, caller);
        result.writeCsv(out);
        return result.screened();
    }

    /**
     * Screens a passenger list as {@link #screenBatch(java.io.InputStream, Purpose, Double, Caller,
     * java.io.Writer)} does, and answers the hits. Audited once ({@code register.screening.batch}), with every
     * hit. The whole list is read and checked first: a malformed row fails the batch, naming its line, before
     * anything is screened.
     *
     * @throws ImportFormatException naming the line of a malformed row
     */
    public BatchResult screenBatch(java.io.InputStream csv, Purpose purpose, @Nullable Double threshold, Caller caller)
            throws java.io.IOException {
        Visibility visibility = Visibility.of(caller, LocalDate.now());
        List<ScreeningRequest> rows = new ArrayList<>();
        List<String> inputIds = new ArrayList<>();
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                new java.io.InputStreamReader(csv, java.nio.charset.StandardCharsets.UTF_8), format)) {
            for (String required : List.of("id", "name")) {
                if (!parser.getHeaderNames().contains(required)) {
                    throw new ImportFormatException(
                            ImportFormat.CSV,
                            1,
                            null,
                            null,
                            "the header lacks the column '" + required
                                    + "' (expected id,name[,kind,birth_date,nationality])",
                            null);
                }
            }
            var iterator = parser.iterator();
            while (true) {
                org.apache.commons.csv.CSVRecord row;
                // The line the next record starts on (the parser has consumed the lines before it).
                int line = (int) parser.getCurrentLineNumber() + 1;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    row = iterator.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    throw new ImportFormatException(
                            ImportFormat.CSV,
                            line,
                            null,
                            (int) parser.getRecordNumber() + 1,
                            "malformed CSV: " + e.getMessage(),
                            e);
                }
                String kind = row.isMapped("kind") ? row.get("kind") : null;
                EntityType type = null;
                if (kind != null && !kind.isBlank()) {
                    String k = kind.strip().toUpperCase(java.util.Locale.ROOT).replace("ORGANIZATION", "ORGANISATION");
                    if (!List.of("PERSON", "ORGANISATION").contains(k)) {
                        throw new ImportFormatException(
                                ImportFormat.CSV,
                                line,
                                null,
                                (int) row.getRecordNumber(),
                                "column kind: must be person or organisation, got '" + kind + "'",
                                null);
                    }
                    type = EntityType.valueOf(k);
                }
                ScreeningRequest r = new ScreeningRequest(
                        row.isSet("name") ? row.get("name") : null,
                        row.isSet("birth_date") ? row.get("birth_date") : null,
                        row.isSet("nationality") ? row.get("nationality") : null,
                        type,
                        purpose,
                        threshold,
                        MAX_LIMIT);
                try {
                    query(r);
                } catch (InvalidParameterException e) {
                    throw new ImportFormatException(
                            ImportFormat.CSV,
                            line,
                            null,
                            (int) row.getRecordNumber(),
                            "column " + column(e.parameter()) + " must be " + e.expected() + ", got '"
                                    + (e.rejectedValue() == null ? "" : e.rejectedValue()) + "'",
                            e);
                }
                rows.add(r);
                inputIds.add(row.get("id"));
            }
        }
        List<AuditedRecord> touched = new ArrayList<>();
        List<BatchHit> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ScreeningRequest r = rows.get(i);
            List<Match> matches = index.search(query(r), MAX_LIMIT, s -> s.visibleTo(visibility.viewerState()));
            for (ScreeningHit h : hits(matches, visibility)) {
                found.add(new BatchHit(inputIds.get(i), r.name(), h));
                touched.add(AuditedRecord.of(RECORD_TYPE, h.entityId(), h.ownerState()));
            }
        }
        audit.record(AuditEntry.of("register.screening.batch")
                .withPurpose(purpose)
                .withTerm("rows", rows.size())
                .withTerm("threshold", threshold)
                .withRecords(touched)
                .by(caller));
        return new BatchResult(rows.size(), List.copyOf(found));
    }

    private static String column(String parameter) {
        return parameter.equals("birthDate") ? "birth_date" : parameter;
    }

    /** The hits for one request, visible to the viewer, best first; not audited (callers audit). */
    List<ScreeningHit> search(ScreeningRequest request, Visibility visibility) {
        return hits(matches(request, visibility, false), visibility);
    }

    /** The index's matches for one request among the entities the viewer may see, best first. */
    private List<Match> matches(ScreeningRequest request, Visibility visibility, boolean warmUp) {
        NameQuery.Builder query = query(request);
        int limit = request.limit() == null ? DEFAULT_LIMIT : request.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "a whole number from 1 to " + MAX_LIMIT, limit);
        }
        // A viewer whose state is not a member on the day sees nothing: jsis_can_see in the one query of
        // hits() says so, so no separate membership query is needed here.
        return warmUp
                ? index.searchForWarmUp(query, limit, s -> s.visibleTo(visibility.viewerState()))
                : index.search(query, limit, s -> s.visibleTo(visibility.viewerState()));
    }

    /** The matches the database confirms (visible to the viewer, still listed), with their designations. */
    private List<ScreeningHit> hits(List<Match> matches, Visibility visibility) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<UUID> ids =
                matches.stream().map(m -> UUID.fromString(m.recordId())).toList();
        return hits(matches, store.screened(visibility, ids));
    }

    /** The matches found among {@code entities}, best first, as hits. */
    private static List<ScreeningHit> hits(List<Match> matches, Map<UUID, EntityStore.Screened> entities) {
        List<ScreeningHit> hits = new ArrayList<>();
        for (Match m : matches) {
            EntityStore.Screened e = entities.get(UUID.fromString(m.recordId()));
            if (e != null) {
                hits.add(new ScreeningHit(
                        e.id(),
                        m.score(),
                        m.matchedName(),
                        m.explanation().toText(),
                        m.explanation(),
                        e.caption(),
                        e.kind(),
                        e.status(),
                        e.ownerState(),
                        List.copyOf(e.designations())));
            }
        }
        return hits;
    }

    static NameQuery.Builder query(ScreeningRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidParameterException("name", "a non-blank name", request.name());
        }
        NameQuery.Builder q = NameQuery.builder(request.name().strip());
        if (request.birthDate() != null && !request.birthDate().isBlank()) {
            try {
                q.birthDate(PartialDate.parse(request.birthDate().strip()));
            } catch (RuntimeException e) {
                throw new InvalidParameterException(
                        "birthDate", "a date YYYY, YYYY-MM or YYYY-MM-DD", request.birthDate());
            }
        }
        q.nationality(request.nationality());
        if (request.kind() != null) {
            q.kind(request.kind() == EntityType.PERSON ? EntityKind.PERSON : EntityKind.ORGANISATION);
        }
        double threshold = request.threshold() == null ? NameIndex.DEFAULT_THRESHOLD : request.threshold();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new InvalidParameterException("threshold", "a number from 0 to 1", request.threshold());
        }
        return q.threshold(threshold);
    }
}

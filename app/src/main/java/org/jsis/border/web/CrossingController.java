package org.jsis.border.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsis.border.BorderInput;
import org.jsis.border.Checkpoints;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.Crossings;
import org.jsis.border.IngestResult;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Recording crossings: one at a time, or in bulk (CSV or JSON lines) for national systems. */
@RestController
@RequestMapping("/api/v1/crossings")
class CrossingController {

    static final String CSV_HEADER = "id,direction,checkpoint,crossed_at,doc_type,doc_number,issuing_state,expiry,"
            + "surname,given_names,surname_national,given_names_national,birth_date,sex,nationality,purpose,"
            + "distribution,shared_with";

    private final Crossings crossings;
    private final Checkpoints checkpoints;
    private final RequestReader reader;
    private final ObjectMapper json;

    CrossingController(Crossings crossings, Checkpoints checkpoints, RequestReader reader, ObjectMapper json) {
        this.crossings = crossings;
        this.checkpoints = checkpoints;
        this.reader = reader;
        this.json = json;
    }

    /** Records one crossing: 201 when new, 200 when this id was already recorded with the same content. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedView> record(@RequestBody CrossingRequest request) {
        Caller caller = BorderAccess.withRole(Role.OFFICER);
        CrossingSubmission s = reader.crossing(request);
        BorderAccess.requireState(caller, checkpoints.byId(s.checkpointId()).orElseThrow());
        IngestResult result = crossings.record(List.of(s), caller);
        boolean created = result.inserted() == 1;
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new RecordedView(s.id().toString(), created ? "RECORDED" : "ALREADY_RECORDED"));
    }

    record RecordedView(String id, String status) {}

    /**
     * Records crossings in bulk: CSV (header {@value #CSV_HEADER}; {@code shared_with} separated by
     * {@code ;}) or JSON lines (one crossing object per line). Each batch of {@code batchSize} lines is one
     * transaction; resending a file is harmless. A bad line stops the upload: the answer names it and
     * says what the batches before it recorded.
     */
    @PostMapping(
            path = "/bulk",
            consumes = {"text/csv", "application/x-ndjson", "application/jsonl", "application/json-seq"})
    BulkResult bulk(HttpServletRequest http, @RequestParam(defaultValue = "5000") int batchSize) throws IOException {
        Caller caller = BorderAccess.withRole(Role.OFFICER);
        if (batchSize < 1 || batchSize > 50_000) {
            throw BorderInput.invalid("batchSize", "a whole number from 1 to 50000", batchSize);
        }
        BulkState state = new BulkState(caller);
        String type = http.getContentType() == null ? "" : http.getContentType();
        try (Reader in =
                new BufferedReader(new InputStreamReader(http.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            if (type.startsWith("text/csv")) {
                csv(in, batchSize, state);
            } else {
                jsonLines((BufferedReader) in, batchSize, state);
            }
        } finally {
            // Whatever stopped the upload, the batch being written ends before the answer is sent, so
            // that the answer's committed count is true.
            state.settle();
        }
        return state.result();
    }

    private void csv(Reader in, int batchSize, BulkState state) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("id", "direction", "checkpoint", "crossed_at", "doc_number", "surname")) {
                if (!header.contains(required)) {
                    throw BorderInput.invalid(
                            "line 1", "a CSV header with the columns " + CSV_HEADER, String.join(",", header));
                }
            }
            // Each column's position, found once: a record's value is then read by index.
            Map<String, Integer> positions = parser.getHeaderMap();
            int[] columns = new int[COLUMNS.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = positions.getOrDefault(COLUMNS.get(i), -1);
            }
            List<CrossingSubmission> batch = new ArrayList<>(batchSize);
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                try {
                    batch.add(state.own(reader.crossing(fromCsv(r, columns))));
                } catch (InvalidParameterException e) {
                    throw state.failed(e.at("line " + line + ": "));
                }
                if (batch.size() == batchSize) {
                    state.flush(batch, line);
                }
            }
            state.flush(batch, -1);
        }
    }

    /** The columns a CSV upload may have, in the order {@link #fromCsv} reads their positions. */
    private static final List<String> COLUMNS = List.of(
            "id",
            "direction",
            "checkpoint",
            "crossed_at",
            "mrz",
            "doc_type",
            "doc_number",
            "issuing_state",
            "expiry",
            "surname",
            "given_names",
            "surname_national",
            "given_names_national",
            "birth_date",
            "sex",
            "nationality",
            "purpose",
            "distribution",
            "shared_with");

    /** The request of one CSV record; {@code columns} are the positions of {@link #COLUMNS} (-1: absent). */
    private static CrossingRequest fromCsv(CSVRecord r, int[] columns) {
        String shared = get(r, columns[18]);
        return new CrossingRequest(
                get(r, columns[0]),
                get(r, columns[1]),
                get(r, columns[2]),
                get(r, columns[3]),
                new DocumentRequest(
                        get(r, columns[4]),
                        get(r, columns[5]),
                        get(r, columns[6]),
                        get(r, columns[7]),
                        get(r, columns[8]),
                        get(r, columns[9]),
                        get(r, columns[10]),
                        get(r, columns[11]),
                        get(r, columns[12]),
                        get(r, columns[13]),
                        get(r, columns[14]),
                        get(r, columns[15])),
                get(r, columns[16]),
                get(r, columns[17]),
                shared == null || shared.isBlank() ? null : List.of(shared.split(";")));
    }

    /** The value at a column's position; {@code null} when the header lacks the column or the record is short. */
    private static @Nullable String get(CSVRecord r, int position) {
        return position >= 0 && position < r.size() ? r.get(position) : null;
    }

    private void jsonLines(BufferedReader in, int batchSize, BulkState state) throws IOException {
        List<CrossingSubmission> batch = new ArrayList<>(batchSize);
        long line = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                CrossingRequest request;
                try {
                    request = json.readValue(text, CrossingRequest.class);
                } catch (JacksonException e) {
                    throw BorderInput.invalid(
                            "body", "one JSON crossing object per line (" + e.getOriginalMessage() + ")", null);
                }
                batch.add(state.own(reader.crossing(request)));
            } catch (InvalidParameterException e) {
                throw state.failed(e.at("line " + line + ": "));
            }
            if (batch.size() == batchSize) {
                state.flush(batch, line);
            }
        }
        state.flush(batch, -1);
    }

    /** Writes the batches of bulk uploads, so that an upload's next batch is parsed while one is written. */
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "border-bulk-writer");
        t.setDaemon(true);
        return t;
    });

    /**
     * What the batches recorded so far; a failure carries it so the client knows what was committed.
     * A full batch is handed to a writer thread (one transaction) while the request's thread reads the
     * next one; at most one batch per upload is being written, and the next hand-over (or the end of the
     * upload, or a bad line) first waits for it, so a failed batch stops the upload as before.
     */
    final class BulkState {
        IngestResult total = IngestResult.empty();
        int batches;
        final Caller caller;
        private @Nullable Future<IngestResult> writing;
        private long writingLine;

        BulkState(Caller caller) {
            this.caller = caller;
        }

        /** The crossing, when its checkpoint belongs to the caller's state. */
        CrossingSubmission own(CrossingSubmission s) {
            BorderAccess.requireState(caller, checkpoints.byId(s.checkpointId()).orElseThrow());
            return s;
        }

        /** Hands the batch to a writer (after the previous one is written) and empties it; -1: the last. */
        void flush(List<CrossingSubmission> batch, long line) {
            if (!batch.isEmpty()) {
                await();
                List<CrossingSubmission> copy = List.copyOf(batch);
                batch.clear();
                writingLine = line;
                writing = WRITERS.submit(() -> crossings.record(copy, caller, true));
            }
            if (line == -1) {
                await();
            }
        }

        /** Waits for the batch being written; its failure stops the upload. */
        private void await() {
            Future<IngestResult> f = writing;
            if (f == null) {
                return;
            }
            writing = null;
            try {
                total = total.plus(f.get());
                batches++;
            } catch (ExecutionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r
                        ? r
                        : new IllegalStateException(e.getCause().getMessage(), e.getCause());
                throw new BulkFailure(cause, result(), writingLine);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a batch was written", e);
            }
        }

        /** Waits for the batch being written, if any, without throwing (the upload already failed or ended). */
        void settle() {
            Future<IngestResult> f = writing;
            if (f == null) {
                return;
            }
            writing = null;
            try {
                total = total.plus(f.get());
                batches++;
            } catch (ExecutionException e) {
                // the upload's own failure is what the answer reports
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        RuntimeException failed(InvalidParameterException e) {
            await();
            return new BulkFailure(e, result(), -1);
        }

        BulkResult result() {
            return new BulkResult(total.received(), total.inserted(), total.duplicates(), batches);
        }
    }

    record BulkResult(int received, int inserted, int duplicates, int batches) {}
}

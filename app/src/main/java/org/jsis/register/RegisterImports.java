package org.jsis.register;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.register.importing.CsvRegisterReader;
import org.jsis.register.importing.FtmReader;
import org.jsis.register.importing.ImportWriter;
import org.jsis.register.importing.ParsedSource;
import org.jsis.register.importing.SourceReader;
import org.jsis.register.importing.UnXmlReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files into the register: reads the whole file first (a broken file fails before anything is
 * written, naming its position), then writes everything in one transaction, whose last statement is the
 * audit entry naming every entity created, updated or delisted.
 */
@Service
public class RegisterImports {

    private final ImportWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    RegisterImports(
            ImportWriter writer,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * Imports one file.
     *
     * @throws ImportFormatException when the file cannot be read; nothing is written then
     */
    public ImportResult importFile(ImportRequest request, InputStream in, ImportProgress progress, Actor actor) {
        long start = System.nanoTime();
        checkStates(request);
        ParsedSource source = reader(request.format()).read(in, progress);
        ImportWriter.tick("read and parsed");
        ImportWriter.Outcome outcome = transactions.execute(tx -> {
            ImportWriter.Outcome o = writer.write(request, source, progress);
            events.publishEvent(new RegisterChanged(Set.copyOf(o.touched())));
            audit.record(AuditEntry.of("register.import")
                    .withPurpose(Purpose.DATA_MAINTENANCE)
                    .withTerm("format", request.format().id())
                    .withTerm("source", request.source())
                    .withTerm("owner", request.ownerState())
                    .withTerm("distribution", request.distribution())
                    .withTerm(
                            "counts",
                            "created %d, updated %d, delisted %d, unchanged %d"
                                    .formatted(o.created(), o.updated(), o.delisted(), o.unchanged()))
                    .withRecords(o.touched().stream()
                            .map(id -> AuditedRecord.of("register-entity", id, request.ownerState()))
                            .toList())
                    .by(actor));
            ImportWriter.tick("audited");
            return o;
        });
        ImportWriter.tick("committed");
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ImportResult(
                request.source(),
                request.ownerState(),
                source.records().size(),
                outcome.created(),
                outcome.updated(),
                outcome.unchanged(),
                outcome.delisted(),
                source.skipped(),
                millis);
    }

    /**
     * @throws IllegalArgumentException starting with the field name ({@code owner}, {@code sharedWith}) when a
     *     state code is not a member state
     */
    private void checkStates(ImportRequest request) {
        List<String> members = jdbc.sql("SELECT code FROM member_state ORDER BY code")
                .query(String.class)
                .list();
        if (!members.contains(request.ownerState())) {
            throw new IllegalArgumentException("owner must be a member state (" + String.join(", ", members)
                    + "), got '" + request.ownerState() + "'");
        }
        for (String s : request.sharedWith()) {
            if (!members.contains(s)) {
                throw new IllegalArgumentException(
                        "sharedWith must list member states (" + String.join(", ", members) + "), got '" + s + "'");
            }
        }
    }

    private static SourceReader reader(ImportFormat format) {
        return switch (format) {
            case UN_XML -> new UnXmlReader();
            case FTM -> new FtmReader();
            case CSV -> new CsvRegisterReader();
        };
    }
}

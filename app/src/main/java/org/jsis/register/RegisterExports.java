package org.jsis.register;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.register.exporting.CsvExporter;
import org.jsis.register.exporting.EntityExporter;
import org.jsis.register.exporting.FtmExporter;
import org.jsis.register.exporting.StixExporter;
import org.jsis.register.internal.EntityStore;
import org.jsis.security.Caller;
import org.jsis.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Exports register entities as FollowTheMoney JSON lines, CSV or a STIX 2.1 bundle. */
@Service
public class RegisterExports {

    private static final int CHUNK = 1000;
    private final EntityStore store;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    RegisterExports(EntityStore store, AuditLog audit, JdbcClient jdbc) {
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * The ids of what the caller may export (listed only unless {@code includeDelisted}), audited as
     * {@code register.export} with every record before anything is written.
     */
    public List<UUID> exportable(ExportFormat format, boolean includeDelisted, Purpose purpose, Caller caller) {
        List<UUID> ids = store.visibleIds(
                Visibility.of(caller, LocalDate.now()),
                includeDelisted ? "e.withdrawn_at IS NULL" : "e.status = 'LISTED' AND e.withdrawn_at IS NULL",
                Map.of(),
                Integer.MAX_VALUE);
        List<AuditedRecord> records = new ArrayList<>(ids.size());
        List<String> owners = jdbc.sql(
                        "SELECT owner_state FROM register_entity WHERE id = ANY(:ids) ORDER BY array_position(:ids, id)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(String.class)
                .list();
        for (int i = 0; i < ids.size(); i++) {
            records.add(AuditedRecord.of(
                    RegisterEntities.RECORD_TYPE, ids.get(i), owners.get(i).strip()));
        }
        audit.record(AuditEntry.of("register.export")
                .withPurpose(purpose)
                .withTerm("format", format.id())
                .withTerm("includeDelisted", includeDelisted)
                .withRecords(records)
                .by(caller));
        return ids;
    }

    /** Writes the entities with these ids (loaded a thousand at a time) in the format. */
    public void export(ExportFormat format, List<UUID> ids, Writer out) throws IOException {
        EntityExporter exporter = switch (format) {
            case FTM -> new FtmExporter();
            case CSV -> new CsvExporter();
            case STIX -> new StixExporter();
        };
        exporter.begin(out);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            for (RegisterEntity e : store.load(ids.subList(i, Math.min(ids.size(), i + CHUNK)))) {
                exporter.write(e, out);
            }
        }
        exporter.end(out);
        out.flush();
    }
}

package org.jsis.register;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.UUID;
import org.jsis.register.exporting.CsvExporter;
import org.jsis.register.exporting.EntityExporter;
import org.jsis.register.exporting.FtmExporter;
import org.jsis.register.exporting.StixExporter;
import org.jsis.register.internal.EntityStore;
import org.springframework.stereotype.Service;

/** Exports register entities as FollowTheMoney JSON lines, CSV or a STIX 2.1 bundle. */
@Service
public class RegisterExports {

    private static final int CHUNK = 1000;
    private final EntityStore store;

    RegisterExports(EntityStore store) {
        this.store = store;
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

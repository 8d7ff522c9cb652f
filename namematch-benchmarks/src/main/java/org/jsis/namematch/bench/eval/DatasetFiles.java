package org.jsis.namematch.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a data set in the CSV shape that {@code ./jsis screen} reads: {@code <name>-list.csv}
 * (one row per name; rows with one id are aliases), {@code <name>-queries.csv}, and
 * {@code <name>-expected.csv} (query id, expected list id; no row for a negative).
 */
public final class DatasetFiles {

    private DatasetFiles() {}

    public static void write(Dataset d, Path dir) {
        try {
            Files.createDirectories(dir);
            try (CSVPrinter p =
                    printer(dir.resolve(d.name() + "-list.csv"), "id", "name", "kind", "birth_date", "nationality")) {
                for (ListEntry e : d.list()) {
                    for (int i = 0; i < e.names().size(); i++) {
                        p.printRecord(
                                e.id(),
                                e.names().get(i),
                                e.kind().name().toLowerCase(Locale.ROOT),
                                i < e.birthDates().size() ? e.birthDates().get(i) : "",
                                i < e.nationalities().size() ? e.nationalities().get(i) : "");
                    }
                }
            }
            try (CSVPrinter p = printer(
                            dir.resolve(d.name() + "-queries.csv"), "id", "name", "kind", "birth_date", "nationality");
                    CSVPrinter x = printer(dir.resolve(d.name() + "-expected.csv"), "query_id", "list_id")) {
                for (Query q : d.queries()) {
                    p.printRecord(
                            q.id(),
                            q.name(),
                            q.kind() == null ? "" : q.kind().name().toLowerCase(Locale.ROOT),
                            q.birthDate() == null ? "" : q.birthDate(),
                            q.nationality() == null ? "" : q.nationality());
                    for (String id : q.expected()) {
                        x.printRecord(q.id(), id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write data set " + d.name() + " to " + dir, e);
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }
}

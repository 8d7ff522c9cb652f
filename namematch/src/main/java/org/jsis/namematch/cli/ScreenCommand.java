package org.jsis.namematch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;

/**
 * {@code jsis screen --list LIST.csv --input INPUT.csv [--threshold T] [--output OUT.csv]}: screens
 * every name of the input against the list and writes one CSV row per hit, best first within each
 * input.
 *
 * <p>Both files are UTF-8 CSV (RFC 4180) with a header of at least {@code id,name} and optionally
 * {@code kind,birth_date,nationality}; rows of the list with the same id are names of one entry.
 * Output columns are {@code input_id,list_id,score,explanation}. A malformed file stops the command
 * with a message naming file and line and exit code 2; the output file is written only when
 * everything succeeded.
 */
public final class ScreenCommand {

    /** Exit code of a successful run, with or without hits. */
    public static final int OK = 0;
    /** Exit code for bad arguments or malformed input files. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT =
            "usage: jsis screen --list LIST.csv --input INPUT.csv [--threshold T] [--output OUT.csv]";
    private static final int PROGRESS_EVERY = 10_000;
    private static final int MAX_HITS = 1_000;

    private final PrintStream out;
    private final PrintStream err;

    private ScreenCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new ScreenCommand(out, err).execute(args);
    }

    private int execute(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("jsis screen: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            NameIndex index = loadList(options.list());
            writeAtomically(index, options);
            return OK;
        } catch (CsvFormatException e) {
            err.println("jsis screen: " + e.getMessage());
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println("jsis screen: no such file: " + e.getFile());
            return USAGE;
        } catch (IOException e) {
            err.println("jsis screen: " + e);
            return USAGE;
        }
    }

    /**
     * Screens into a temporary file and only then moves it to the output (or copies it to standard
     * output), so a malformed input never leaves half a result behind.
     */
    private void writeAtomically(NameIndex index, Options options) throws IOException, CsvFormatException {
        Path target = options.output() == null ? null : options.output().toAbsolutePath();
        Path temp = target == null
                ? Files.createTempFile("jsis-screen", ".csv")
                : Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                screen(index, options, w);
            }
            if (target == null) {
                Files.copy(temp, out);
                out.flush();
            } else {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Reads the list, merging rows with one id into one record. */
    private NameIndex loadList(Path list) throws IOException, CsvFormatException {
        long started = System.nanoTime();
        String file = list.toString();
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(list);
                CsvReader reader = new CsvReader(in, file)) {
            Columns columns = Columns.of(reader, file);
            for (List<String> fields; (fields = reader.next()) != null; ) {
                if (isBlankLine(fields)) {
                    continue;
                }
                Columns.Row row = columns.row(fields, reader.recordLine());
                Entry entry = entries.computeIfAbsent(row.id(), id -> new Entry());
                entry.add(row, file);
            }
        }
        NameIndex index = new NameIndex();
        List<NameRecord> records = new ArrayList<>(entries.size());
        entries.forEach((id, e) -> records.add(e.toRecord(id)));
        index.putAll(records);
        if (entries.size() >= PROGRESS_EVERY) {
            err.printf(
                    Locale.ROOT, "jsis screen: indexed %d list entries in %.1f s%n", entries.size(), seconds(started));
        }
        return index;
    }

    private void screen(NameIndex index, Options options, Writer w) throws IOException, CsvFormatException {
        long started = System.nanoTime();
        String file = options.input().toString();
        w.write("input_id,list_id,score,explanation\r\n");
        long screened = 0;
        try (InputStream in = Files.newInputStream(options.input());
                CsvReader reader = new CsvReader(in, file)) {
            Columns columns = Columns.of(reader, file);
            for (List<String> fields; (fields = reader.next()) != null; ) {
                if (isBlankLine(fields)) {
                    continue;
                }
                Columns.Row row = columns.row(fields, reader.recordLine());
                for (Match m : index.search(query(row, options.threshold()))) {
                    w.write(Csv.row(
                            row.id(),
                            m.recordId(),
                            String.format(Locale.ROOT, "%.3f", m.score()),
                            m.explanation().toText()));
                }
                if (++screened % PROGRESS_EVERY == 0) {
                    err.printf(
                            Locale.ROOT,
                            "jsis screen: %d names screened (%.0f per second)%n",
                            screened,
                            screened / seconds(started));
                }
            }
        }
        if (screened >= PROGRESS_EVERY) {
            err.printf(Locale.ROOT, "jsis screen: done, %d names screened in %.1f s%n", screened, seconds(started));
        }
    }

    private static NameQuery query(Columns.Row row, double threshold) {
        return NameQuery.builder(row.name())
                .kind(row.kind().orElse(null))
                .birthDate(row.birthDate().orElse(null))
                .nationality(row.nationality().orElse(null))
                .threshold(threshold)
                .limit(MAX_HITS)
                .build();
    }

    private static boolean isBlankLine(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isBlank();
    }

    private static double seconds(long since) {
        return Math.max(1e-9, (System.nanoTime() - since) / 1e9);
    }

    /** The rows of one list entry, merged. */
    private static final class Entry {
        private EntityKind kind;
        private long kindLine;
        private final List<String> names = new ArrayList<>();
        private final List<PartialDate> birthDates = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();

        void add(Columns.Row row, String file) throws CsvFormatException {
            if (row.kind().isPresent()) {
                if (kind != null && kind != row.kind().get()) {
                    throw new CsvFormatException(
                            file,
                            row.line(),
                            "id " + row.id() + " is " + kind.name().toLowerCase(Locale.ROOT) + " on line " + kindLine
                                    + " but " + row.kind().get().name().toLowerCase(Locale.ROOT) + " here");
                }
                kind = row.kind().get();
                kindLine = row.line();
            }
            addNew(names, row.name());
            row.birthDate().ifPresent(d -> addNew(birthDates, d));
            row.nationality().ifPresent(n -> addNew(nationalities, n));
        }

        private static <T> void addNew(List<T> list, T value) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }

        NameRecord toRecord(String id) {
            return new NameRecord(id, kind == null ? EntityKind.PERSON : kind, names, birthDates, nationalities);
        }
    }
}

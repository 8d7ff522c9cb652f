package org.jsis.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsis.audit.Actor;
import org.jspecify.annotations.Nullable;

/**
 * {@code jsis import --format un-xml|ftm|csv [--owner STATE] [--distribution D] [--shared-with S,S]
 * [--source LABEL] FILE}: the command-line arguments, checked before any database is started, and the run.
 */
public final class ImportCommand {

    public static final String USAGE =
            "usage: jsis import --format un-xml|ftm|csv [--owner STATE] [--distribution OWNER_ONLY|SELECTED_STATES|ALL_MEMBERS]\n"
                    + "                   [--shared-with STATE,STATE] [--source LABEL] FILE";

    private final ImportRequest request;
    private final Path file;

    private ImportCommand(ImportRequest request, Path file) {
        this.request = request;
        this.file = file;
    }

    /** A usage error: the message to print before exiting with status 2. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses the arguments.
     *
     * @param defaultOwner the owner when {@code --owner} is absent
     * @throws UsageException naming the argument and what is expected
     */
    public static ImportCommand parse(String[] args, String defaultOwner) {
        String format = null;
        String owner = defaultOwner;
        String distribution = "ALL_MEMBERS";
        List<String> sharedWith = List.of();
        String source = "";
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
            String option = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (option.startsWith("--") && value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(option + " needs a value\n" + USAGE);
                }
                value = args[++i];
            }
            switch (option) {
                case "--format" -> format = value;
                case "--owner" -> owner = value;
                case "--distribution" -> distribution = value;
                case "--shared-with" -> sharedWith = List.of(value.split(","));
                case "--source" -> source = value;
                default -> {
                    if (option.startsWith("--")) {
                        throw new UsageException("unknown option " + option + "\n" + USAGE);
                    }
                    files.add(a);
                }
            }
        }
        if (format == null) {
            throw new UsageException("--format is required (" + ImportFormat.ids() + ")\n" + USAGE);
        }
        if (files.size() != 1) {
            throw new UsageException("give exactly one FILE, got " + files.size() + "\n" + USAGE);
        }
        Path file = Path.of(files.get(0));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException("cannot read the file " + file);
        }
        try {
            return new ImportCommand(
                    new ImportRequest(ImportFormat.parse(format), owner, distribution, sharedWith, source), file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + "\n" + USAGE);
        }
    }

    /**
     * The pid of a PostgreSQL server running on the embedded database directory, when there is one: the CLI
     * cannot start its own on the same directory while a JSIS server uses it.
     */
    public static Optional<Long> embeddedDatabaseInUse(Path dataDir) {
        Path pidFile = dataDir.resolve("pg").resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public ImportRequest request() {
        return request;
    }

    public Path file() {
        return file;
    }

    /** Runs the import, printing progress to {@code err} and the result to {@code out}. */
    public ImportResult run(RegisterImports imports, PrintStream out, PrintStream err) throws IOException {
        long size = Files.size(file);
        err.printf(
                "jsis import: %s (%,d bytes) as %s for owner %s, source %s%n",
                file, size, request.format().id(), request.ownerState(), request.source());
        ImportProgress progress = new ImportProgress() {
            private String lastPhase = "";
            private long lastDone = -1;

            @Override
            public void report(String phase, long done, long total) {
                if (!phase.equals(lastPhase) || done == total || done - lastDone >= 10_000 || lastDone < 0) {
                    err.printf("  %s: %,d%s%n", phase, done, total >= 0 ? " of " + String.format("%,d", total) : "");
                    lastPhase = phase;
                    lastDone = done;
                }
            }
        };
        long cpuBefore = cpuMillis();
        try (InputStream in = Files.newInputStream(file)) {
            ImportResult result = imports.importFile(request, in, progress, Actor.system("jsis-import"));
            out.println(result.summary());
            // CPU time of this JVM (every thread, garbage collection included) during the import: less
            // dependent on a shared machine's load than the elapsed time (the database's CPU is not in it).
            err.printf("jsis import: JVM CPU %d ms during the import%n", cpuMillis() - cpuBefore);
            return result;
        }
    }

    private static long cpuMillis() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toMillis)
                .orElse(-1L);
    }

    static @Nullable String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v;
    }
}

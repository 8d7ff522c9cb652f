package org.jsis.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code jsis audit verify}: walks the audit chain and prints {@code OK} with the number of entries, or
 * names the first entry that was altered, removed or inserted.
 *
 * <p>Exit codes: 0 intact, 1 broken or the database unreachable, 2 usage error. With the embedded
 * database in use by a running server, it verifies through that server's PostgreSQL instead of
 * starting a second one on the same directory.
 */
public final class AuditCommand {

    static final String USAGE = """
            usage: jsis audit verify
              verify    walk the audit chain; print OK and the number of entries, or the first entry
                        that was altered, removed or inserted (exit 1)""";

    private final PrintStream out;
    private final PrintStream err;

    public AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code audit}
     * @param context starts a non-web application context on the configured database
     * @return the process exit code
     */
    public int run(String[] args, Supplier<ConfigurableApplicationContext> context) {
        if (args.length == 1 && List.of("help", "--help", "-h").contains(args[0])) {
            out.println(USAGE);
            return 0;
        }
        if (args.length != 1 || !args[0].equals("verify")) {
            err.println("jsis audit: expected 'verify', got '" + String.join(" ", args) + "'\n" + USAGE);
            return 2;
        }
        Optional<RunningServer> running = externalDatabase() ? Optional.empty() : RunningServer.find(dataDir());
        if (running.isPresent()) {
            RunningServer server = running.get();
            err.println(
                    "jsis audit: the embedded database in " + server.dir() + " is in use by a running JSIS server (pid "
                            + server.pid() + "); verifying through it on port " + server.port());
            return verify(server.dataSource());
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            return verify(ctx.getBean(DataSource.class));
        } catch (RuntimeException e) {
            Path pid = dataDir().resolve("pg").resolve("postmaster.pid");
            if (!externalDatabase() && Files.exists(pid)) {
                err.println("jsis audit: the embedded database in "
                        + pid.getParent().toAbsolutePath() + " is locked by another PostgreSQL (" + pid
                        + " exists); stop the JSIS server using it and retry");
            } else {
                err.println("jsis audit: could not open the database: " + rootMessage(e));
            }
            return 1;
        }
    }

    private int verify(DataSource dataSource) {
        AuditVerification result;
        try {
            result = new AuditVerifier(dataSource).verify();
        } catch (RuntimeException e) {
            err.println("jsis audit: could not read the audit trail: " + rootMessage(e));
            return 1;
        }
        (result.intact() ? out : err).println(result.message());
        return result.intact() ? 0 : 1;
    }

    private static boolean externalDatabase() {
        String url = System.getenv("JSIS_DB_URL");
        return url != null && !url.isBlank();
    }

    private static Path dataDir() {
        String dir = System.getenv("JSIS_DATA_DIR");
        return Path.of(dir == null || dir.isBlank() ? "data" : dir);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The embedded PostgreSQL of a running server, found through its {@code postmaster.pid}. */
    record RunningServer(Path dir, long pid, int port) {

        static Optional<RunningServer> find(Path dataDir) {
            Path dir = dataDir.resolve("pg").toAbsolutePath();
            Path pidFile = dir.resolve("postmaster.pid");
            try {
                if (!Files.isRegularFile(pidFile)) {
                    return Optional.empty();
                }
                List<String> lines = Files.readAllLines(pidFile);
                long pid = Long.parseLong(lines.get(0).trim());
                int port = Integer.parseInt(lines.get(3).trim());
                boolean alive =
                        ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive ? Optional.of(new RunningServer(dir, pid, port)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[] {"localhost"});
            ds.setPortNumbers(new int[] {port});
            ds.setDatabaseName("jsis");
            ds.setUser("postgres");
            return ds;
        }
    }
}

package org.jsis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsis.audit.AuditCommand;
import org.jsis.namematch.NameScreening;
import org.jsis.register.ImportCommand;
import org.jsis.register.ImportFormatException;
import org.jsis.register.RegisterImports;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command-line entry point of the JSIS jar: dispatches {@code serve} and the offline subcommands.
 *
 * <p>Subcommands that need no server (for example {@code screen}) run without starting Spring, so
 * they are fast and need no database. {@code import} starts a non-web Spring context on the same
 * database as the server.
 */
public final class Jsis {

    private Jsis() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> SpringApplication.run(JsisApplication.class, serveArgs(rest, false));
            case "demo" -> SpringApplication.run(JsisApplication.class, serveArgs(rest, true));
            case "import" -> System.exit(importFile(rest));
            case "audit" -> System.exit(new AuditCommand(System.out, System.err).run(rest, Jsis::offlineContext));
            case "screen" -> System.exit(NameScreening.run(rest, System.out, System.err));
            case "help", "--help", "-h" -> System.out.println(usage());
            default -> {
                System.err.println("jsis: unknown command '" + command + "'\n" + usage());
                System.exit(2);
            }
        }
    }

    /** Turns {@code --demo} (or the {@code demo} command) into the {@code jsis.demo} property. */
    static String[] serveArgs(String[] args, boolean demo) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--demo")) {
                demo = true;
            } else {
                out.add(a);
            }
        }
        if (demo) {
            out.add("--jsis.demo=true");
        }
        return out.toArray(String[]::new);
    }

    static int importFile(String[] args) {
        ImportCommand command;
        try {
            command = ImportCommand.parse(
                    args,
                    Optional.ofNullable(System.getenv("JSIS_REGISTER_OWNER")).orElse("RUS"));
        } catch (ImportCommand.UsageException e) {
            System.err.println("jsis import: " + e.getMessage());
            return 2;
        }
        String dbUrl = System.getenv("JSIS_DB_URL");
        if (dbUrl == null || dbUrl.isBlank()) {
            Path dataDir =
                    Path.of(Optional.ofNullable(System.getenv("JSIS_DATA_DIR")).orElse("./data"));
            Optional<Long> pid = ImportCommand.embeddedDatabaseInUse(dataDir);
            if (pid.isPresent()) {
                System.err.printf(
                        "jsis import: the embedded database in %s is in use by a running JSIS server (PostgreSQL pid %d).%n"
                                + "Stop that server first, or import through it:%n"
                                + "  curl --data-binary @%s -H 'Content-Type: application/octet-stream' "
                                + "'http://localhost:8080/api/v1/register/imports?format=%s'%n",
                        dataDir.resolve("pg").toAbsolutePath().normalize(),
                        pid.get(),
                        command.file(),
                        command.request().format().id());
                return 1;
            }
        }
        try (ConfigurableApplicationContext context = offlineContext("jsis.register.index.enabled=false")) {
            command.run(context.getBean(RegisterImports.class), System.out, System.err);
            return 0;
        } catch (ImportFormatException e) {
            System.err.println("jsis import: " + command.file() + ": " + e.getMessage() + "\nNothing was written.");
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println("jsis import: " + e.getMessage() + "\nNothing was written.");
            return 2;
        } catch (Exception e) {
            System.err.println("jsis import: failed: " + e.getMessage());
            return 1;
        }
    }

    /** A non-web application context on the configured database, quiet except for warnings. */
    static ConfigurableApplicationContext offlineContext(String... properties) {
        return new SpringApplicationBuilder(JsisApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off")
                .properties(properties)
                .run();
    }

    static String usage() {
        return """
                usage: jsis <command> [options]
                  serve [--demo]  start the JSIS server (default); --demo loads the demo register records
                  demo            same as serve --demo
                  import          import a file into the register:
                                  jsis import --format un-xml|ftm|csv [--owner STATE] FILE
                  screen          screen a CSV of names against a CSV list, no database needed:
                                  jsis screen --list LIST.csv --input INPUT.csv [--threshold T] [--output OUT.csv]
                  audit verify    walk the audit trail's hash chain; OK, or the first entry altered,
                                  removed or inserted (exit 1)
                  help            show this text""";
    }
}

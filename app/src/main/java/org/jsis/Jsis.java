package org.jsis;

import java.util.Arrays;
import org.jsis.audit.AuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Command-line entry point of the JSIS jar: dispatches {@code serve} and the offline subcommands.
 *
 * <p>Subcommands that need no server (for example {@code screen}) run without starting Spring, so
 * they are fast and need no database.
 */
public final class Jsis {

    private Jsis() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "serve" -> SpringApplication.run(JsisApplication.class, rest);
            case "audit" -> System.exit(new AuditCommand(System.out, System.err).run(rest, Jsis::offlineContext));
            case "help", "--help", "-h" -> System.out.println(usage());
            default -> {
                System.err.println("jsis: unknown command '" + command + "'\n" + usage());
                System.exit(2);
            }
        }
    }

    /** A non-web application context on the configured database, quiet except for warnings. */
    static ConfigurableApplicationContext offlineContext() {
        return new SpringApplicationBuilder(JsisApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off")
                .run();
    }

    static String usage() {
        return """
                usage: jsis <command> [options]
                  serve     start the JSIS server (default)
                  audit     audit trail: 'jsis audit verify' checks the hash chain
                  help      show this text""";
    }
}

package org.jsis;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;

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
            case "help", "--help", "-h" -> System.out.println(usage());
            default -> {
                System.err.println("jsis: unknown command '" + command + "'\n" + usage());
                System.exit(2);
            }
        }
    }

    static String usage() {
        return """
                usage: jsis <command> [options]
                  serve     start the JSIS server (default)
                  help      show this text""";
    }
}

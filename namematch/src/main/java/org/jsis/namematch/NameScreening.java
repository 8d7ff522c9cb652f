package org.jsis.namematch;

import java.io.PrintStream;
import org.jsis.namematch.cli.ScreenCommand;

/**
 * Entry point of the {@code jsis screen} command for launchers outside this library: screens a CSV
 * file of names against a CSV list (see {@link ScreenCommand} for the file formats).
 */
public final class NameScreening {

    private NameScreening() {}

    /**
     * Runs {@code screen} with the arguments after the command name.
     *
     * @return the exit code: 0 on success, 2 for bad arguments or a malformed file
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return ScreenCommand.run(args, out, err);
    }
}

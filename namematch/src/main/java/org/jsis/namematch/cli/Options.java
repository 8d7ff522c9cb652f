package org.jsis.namematch.cli;

import java.nio.file.Path;
import org.jsis.namematch.NameIndex;
import org.jspecify.annotations.Nullable;

/** The command line of {@code jsis screen}, validated. */
record Options(
        Path list, Path input, double threshold, @Nullable Path output) {

    static Options parse(String[] args) {
        Path list = null;
        Path input = null;
        Path output = null;
        double threshold = NameIndex.DEFAULT_THRESHOLD;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (!arg.equals("--list")
                    && !arg.equals("--input")
                    && !arg.equals("--output")
                    && !arg.equals("--threshold")) {
                throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                value = args[++i];
            }
            switch (arg) {
                case "--list" -> list = Path.of(value);
                case "--input" -> input = Path.of(value);
                case "--output" -> output = Path.of(value);
                default -> threshold = threshold(value);
            }
        }
        if (list == null) {
            throw new IllegalArgumentException("--list LIST.csv is required");
        }
        if (input == null) {
            throw new IllegalArgumentException("--input INPUT.csv is required");
        }
        return new Options(list, input, threshold, output);
    }

    private static double threshold(String value) {
        double t;
        try {
            t = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--threshold expects a number between 0 and 1, got '" + value + "'", e);
        }
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("--threshold expects a number between 0 and 1, got '" + value + "'");
        }
        return t;
    }
}

package org.jsis.namematch.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Parses {@code --name value} options and bare flags; anything else stops the program with exit code 2. */
final class Options {

    private Options() {}

    static Map<String, String> parse(String[] args, Map<String, String> defaults, List<String> flags) {
        Map<String, String> out = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (flags.contains(a)) {
                out.put(a, "true");
            } else if (defaults.containsKey(a)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        fail(a + " needs a value");
                    }
                    value = args[++i];
                }
                out.put(a, value);
            } else {
                fail("unknown option " + a + "; known: " + defaults.keySet() + " " + flags);
            }
        }
        return out;
    }

    /** The option as a positive whole number, or exit 2 naming it. */
    static int positiveInt(Map<String, String> opts, String name) {
        return wholeNumber(opts, name, 1, "a positive whole number");
    }

    /** A whole number of 0 or more (0 usually turning something off). */
    static int nonNegativeInt(Map<String, String> opts, String name) {
        return wholeNumber(opts, name, 0, "a whole number of 0 or more");
    }

    private static int wholeNumber(Map<String, String> opts, String name, int least, String expected) {
        try {
            int v = Integer.parseInt(opts.get(name).replace("_", ""));
            if (v >= least) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(name + " expects " + expected + ", got '" + opts.get(name) + "'");
        return 0;
    }

    /** A whole number such as a seed (any sign). */
    static long wholeLong(Map<String, String> opts, String name) {
        try {
            return Long.parseLong(opts.get(name).replace("_", ""));
        } catch (NumberFormatException e) {
            fail(name + " expects a whole number, got '" + opts.get(name) + "'");
            return 0;
        }
    }

    static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}

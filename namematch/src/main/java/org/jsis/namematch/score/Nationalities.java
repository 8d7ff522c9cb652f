package org.jsis.namematch.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsis.namematch.text.Normaliser;
import org.jspecify.annotations.Nullable;

/**
 * Turns a nationality as written (ISO 3166-1 alpha-2 or alpha-3 code, or a country name in English,
 * Russian and many other languages) into its alpha-2 code.
 *
 * <p>Country names come from {@code countries.tsv}, derived from OpenSanctions' rigour territories
 * (MIT); see {@code namematch/src/build/derive_tables.py}.
 */
public final class Nationalities {

    private static volatile @Nullable Nationalities standard;

    private final Map<String, String> byAlpha3 = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> alpha2 = new HashMap<>();

    private Nationalities() {}

    public static Nationalities standard() {
        Nationalities n = standard;
        if (n == null) {
            synchronized (Nationalities.class) {
                n = standard;
                if (n == null) {
                    n = load();
                    standard = n;
                }
            }
        }
        return n;
    }

    /** The upper-case alpha-2 code, or the cleaned text itself (upper case) when it is no known country. */
    public String normalise(String nationality) {
        String key = key(nationality);
        String code = key.length() == 2 ? alpha2.get(key) : null;
        if (code == null && key.length() == 3) {
            code = byAlpha3.get(key);
        }
        if (code == null) {
            code = byName.get(key);
        }
        return (code != null ? code : key).toUpperCase(Locale.ROOT);
    }

    private static String key(String text) {
        String n = Normaliser.normalise(text);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Nationalities load() {
        Nationalities n = new Nationalities();
        try (InputStream in = Nationalities.class.getResourceAsStream("/org/jsis/namematch/text/countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing countries.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String code = cols[0].toLowerCase(Locale.ROOT);
                n.alpha2.put(code, code);
                if (!cols[1].isEmpty()) {
                    n.byAlpha3.put(cols[1].toLowerCase(Locale.ROOT), code);
                }
                for (String name : cols[2].split("\\|")) {
                    n.byName.putIfAbsent(key(name), code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.tsv", e);
        }
        return n;
    }
}

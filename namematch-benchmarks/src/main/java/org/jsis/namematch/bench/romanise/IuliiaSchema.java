package org.jsis.namematch.bench.romanise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Cyrillic-to-Latin romanisation read from a schema in the format of the iuliia project
 * (github.com/nalgeon/iuliia, MIT): a letter {@code mapping}, context rules keyed by the previous
 * letter ({@code prev_mapping}, an empty previous letter meaning the start of a word) or the next
 * letter ({@code next_mapping}), and whole-word endings ({@code ending_mapping}, two letters).
 *
 * <p>The interpretation below is ours; it is checked against every sample pair of every schema file
 * by {@code IuliiaSchemaTests}.
 */
public final class IuliiaSchema implements Romaniser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Map<String, String> mapping;
    private final Map<String, String> prev;
    private final Map<String, String> next;
    private final Map<String, String> ending;
    private final List<String[]> samples;

    private IuliiaSchema(
            String name,
            Map<String, String> mapping,
            Map<String, String> prev,
            Map<String, String> next,
            Map<String, String> ending,
            List<String[]> samples) {
        this.name = name;
        this.mapping = mapping;
        this.prev = prev;
        this.next = next;
        this.ending = ending;
        this.samples = samples;
    }

    /** Reads a schema file. */
    public static IuliiaSchema read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read iuliia schema " + file, e);
        }
    }

    /** Reads a schema from a class-path resource next to this class. */
    public static IuliiaSchema resource(String fileName) {
        try (InputStream in = IuliiaSchema.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no romanisation schema resource " + fileName);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read romanisation schema " + fileName, e);
        }
    }

    static IuliiaSchema parse(String json) {
        JsonNode root = JSON.readTree(json);
        List<String[]> samples = new ArrayList<>();
        for (JsonNode pair : root.path("samples")) {
            samples.add(new String[] {pair.get(0).asString(), pair.get(1).asString()});
        }
        return new IuliiaSchema(
                root.path("name").asString(),
                map(root.path("mapping")),
                map(root.path("prev_mapping")),
                map(root.path("next_mapping")),
                map(root.path("ending_mapping")),
                List.copyOf(samples));
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        }
        return Map.copyOf(out);
    }

    @Override
    public String name() {
        return name;
    }

    /** The schema's own {@code [cyrillic, latin]} sample pairs. */
    public List<String[]> samples() {
        return samples;
    }

    @Override
    public String romanise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int start = i;
            boolean letter = wordChar(text, i);
            while (i < text.length() && wordChar(text, i) == letter) {
                i++;
            }
            String chunk = text.substring(start, i);
            out.append(letter ? word(chunk) : chunk);
        }
        return out.toString();
    }

    /** Letters, combining marks and apostrophes between two letters belong to a word. */
    private static boolean wordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        boolean apostrophe = c == '\'' || c == '\u2019' || c == '\u02BC';
        return apostrophe
                && i > 0
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    private String word(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = lower;
        String end = "";
        if (lower.length() > 2 && ending.containsKey(lower.substring(lower.length() - 2))) {
            stem = lower.substring(0, lower.length() - 2);
            end = ending.get(lower.substring(lower.length() - 2));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < stem.length(); i++) {
            String p = i == 0 ? "" : stem.substring(i - 1, i);
            String c = stem.substring(i, i + 1);
            String n = i + 1 < stem.length() ? stem.substring(i + 1, i + 2) : "";
            String latin = prev.get(p + c);
            if (latin == null) {
                latin = next.get(c + n);
            }
            if (latin == null) {
                latin = mapping.getOrDefault(c, c);
            }
            out.append(cased(latin, word, i, Character.isUpperCase(word.charAt(i))));
        }
        if (!end.isEmpty()) {
            out.append(cased(end, word, stem.length(), Character.isUpperCase(word.charAt(stem.length()))));
        }
        return out.toString();
    }

    /** Upper case for all-caps words, title case for a capital letter inside a mixed-case word. */
    private static String cased(String latin, String word, int at, boolean upper) {
        if (!upper || latin.isEmpty()) {
            return latin;
        }
        boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        if (allCaps) {
            return latin.toUpperCase(Locale.ROOT);
        }
        return latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1);
    }
}

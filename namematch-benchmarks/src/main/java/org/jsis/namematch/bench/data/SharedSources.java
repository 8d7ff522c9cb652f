package org.jsis.namematch.bench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers for the name-variant sources under the shared data folder (see each folder's
 * PROVENANCE.md there): every file is read where it lies, at run time, never copied.
 */
public final class SharedSources {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SharedSources() {}

    /** One row of {@code wd_russian_20.tsv}: a Latin name token and its Russian spelling (CC0, Wikidata). */
    public record WikidataToken(String latin, String cyrillic, int frequency) {}

    /** One line of rigour's person-name table: the spellings of one name (MIT, Wikidata-derived). */
    public record VariantCluster(List<String> forms, String wikidataId) {}

    /** One Interscript test vector: source text and its expected romanisation under one map (MIT). */
    public record TransliterationVector(String map, String source, String expected) {}

    /** One moov-io/watchman cross-script pair: a query and the Latin name it should find (Apache-2.0). */
    public record CrossScriptPair(String query, String expected) {}

    /** One FollowTheMoney entity of the OpenSanctions samples (CC BY-NC 4.0: read, never copied). */
    public record FtmEntity(
            String id,
            String schema,
            List<String> names,
            List<String> aliases,
            List<String> birthDates,
            List<String> nationalities) {}

    public static List<WikidataToken> wikidataTokens(Path dataDir) {
        List<WikidataToken> out = new ArrayList<>();
        for (String line : lines(dataDir.resolve("name-variants/wikidata-en-ru/wd_russian_20.tsv"))) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                out.add(new WikidataToken(f[0].strip(), f[1].replace(" ", ""), Integer.parseInt(f[2].strip())));
            }
        }
        return out;
    }

    public static List<VariantCluster> rigourClusters(Path dataDir) {
        List<VariantCluster> out = new ArrayList<>();
        for (String line : lines(dataDir.resolve("name-variants/rigour-person-names-excerpt.txt"))) {
            int arrow = line.indexOf("=>");
            if (arrow < 0) {
                continue;
            }
            List<String> forms = Arrays.stream(line.substring(0, arrow).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            out.add(new VariantCluster(forms, line.substring(arrow + 2).strip()));
        }
        return out;
    }

    public static List<String> putinNames(Path dataDir) {
        return lines(dataDir.resolve("name-variants/putin_names.txt")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static List<CrossScriptPair> moovPairs(Path dataDir) {
        List<CrossScriptPair> out = new ArrayList<>();
        for (String line : lines(dataDir.resolve("name-variants/moov-cross-script-pairs.csv"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("Query,")) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length >= 2) {
                out.add(new CrossScriptPair(f[0].strip(), f[1].strip()));
            }
        }
        return out;
    }

    public static List<TransliterationVector> interscriptVectors(Path dataDir) {
        List<TransliterationVector> out = new ArrayList<>();
        for (String line : lines(dataDir.resolve("transliteration/interscript/interscript-test-vectors.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            out.add(new TransliterationVector(
                    n.path("map").asString(),
                    n.path("source").asString(),
                    n.path("expected").asString()));
        }
        return out;
    }

    /** The Person and organisation entities of every {@code *.ftm.json} file in {@code opensanctions/entities}. */
    public static List<FtmEntity> openSanctionsEntities(Path dataDir) {
        Path dir = dataDir.resolve("opensanctions/entities");
        List<FtmEntity> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftm.json"))
                    .sorted()
                    .toList()) {
                for (String line : lines(f)) {
                    JsonNode n = JSON.readTree(line);
                    JsonNode p = n.path("properties");
                    out.add(new FtmEntity(
                            n.path("id").asString(),
                            n.path("schema").asString(),
                            strings(p.path("name")),
                            strings(p.path("alias")),
                            strings(p.path("birthDate")),
                            strings(p.path("nationality"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(v.asString());
        }
        return out;
    }

    /** The file's lines; none when the file is absent (a reduced data folder, as in unit tests). */
    static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package org.jsis.namematch.bench.data;

import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsis.namematch.bench.data.SharedSources.CrossScriptPair;
import org.jsis.namematch.bench.data.SharedSources.FtmEntity;
import org.jsis.namematch.bench.data.SharedSources.TransliterationVector;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;

/**
 * Subsets of the development set whose list names and query names are both real, written by
 * others: UN original-script names, the 81 spellings of one name, watchman's cross-script pairs,
 * OpenSanctions persons and Interscript's test vectors.
 */
final class RealVariants {

    /** Scripts the issue puts in scope; names in other scripts (CJK, Greek, Hebrew, Indic...) are left out. */
    static final Set<UnicodeScript> IN_SCOPE = EnumSet.of(
            UnicodeScript.LATIN,
            UnicodeScript.CYRILLIC,
            UnicodeScript.ARABIC,
            UnicodeScript.ARMENIAN,
            UnicodeScript.GEORGIAN);

    /** The title words of putin_names.txt ("President" in seven languages, Hungarian "elnök"). */
    private static final Set<String> TITLES =
            Set.of("президент", "präsident", "predsjednik", "președintele", "presiden", "presidente", "elnök");

    private static final Pattern IN_SCOPE_MAPS = Pattern.compile(".*-(rus|bel|ukr|kaz|kir|tgk|uzb|arm|aze)-.*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}’ʼʻ']{3,20}");
    private static final int PAIRS_PER_MAP = 12;

    /** The UN list, relative to the shared data folder. */
    static final String UN_XML = "un-consolidated/consolidated-2026-02-27.xml";

    private final Path data;
    private final DevList dev;
    private final Random random;

    RealVariants(Path data, DevList dev, Random random) {
        this.data = data;
        this.dev = dev;
        this.random = random;
    }

    /**
     * The UN list without original-script names; each in-scope original-script name (Arabic,
     * Cyrillic) becomes a query for its entry, every other one with the first birth date.
     */
    List<UnRecord> unOriginalScript() {
        Path xml = data.resolve(UN_XML);
        if (!Files.exists(xml)) {
            return List.of();
        }
        List<UnRecord> un = UnConsolidatedList.read(xml);
        int n = 0;
        un.forEach(r -> dev.force(r.entry(false)));
        for (UnRecord r : un) {
            String original = r.originalScriptName();
            if (original == null
                    || !Set.of(UnicodeScript.ARABIC, UnicodeScript.CYRILLIC).contains(Names.script(original))) {
                continue;
            }
            String dob =
                    n++ % 2 == 0 && !r.birthDates().isEmpty() ? r.birthDates().get(0) : null;
            dev.query(
                    "un-original-script",
                    original,
                    null,
                    dob,
                    null,
                    Set.of(r.id()),
                    Names.script(original).name());
        }
        return un;
    }

    /**
     * UN hard negatives: a UN individual's 2–4-word name with every word but one (alternately the
     * last or the first) replaced by clearly different words of other UN names; kept only when it
     * shares at most one word with every name in the list.
     */
    void unHardNegatives(List<UnRecord> un, int count) {
        if (un.isEmpty()) {
            return;
        }
        List<UnRecord> persons = un.stream()
                .filter(r -> r.kind() == Kind.PERSON)
                .filter(r -> {
                    int words = Names.key(r.primaryName()).split(" ").length;
                    return words >= 2 && words <= 4;
                })
                .toList();
        List<String> pool = new ArrayList<>();
        for (UnRecord r : un) {
            if (r.kind() == Kind.PERSON) {
                for (String w : Names.key(r.primaryName()).split(" ")) {
                    if (w.length() >= 3) {
                        pool.add(w);
                    }
                }
            }
        }
        int made = 0;
        for (int attempt = 0; made < count && attempt < count * 20; attempt++) {
            UnRecord r = persons.get(random.nextInt(persons.size()));
            String[] words = Names.key(r.primaryName()).split(" ");
            int keep = made % 2 == 0 ? words.length - 1 : 0;
            String[] out = words.clone();
            boolean replaced = true;
            for (int i = 0; i < words.length && replaced; i++) {
                if (i != keep) {
                    out[i] = differentWord(words[i], pool);
                    replaced = out[i] != null;
                }
            }
            String name = String.join(" ", out);
            if (!replaced || new HashSet<>(List.of(out)).size() < out.length || dev.mostSharedWords(name) > 1) {
                continue;
            }
            String dob = random.nextBoolean() ? Integer.toString(1950 + random.nextInt(46)) : null;
            dev.query(
                    "un-hard-negative",
                    name,
                    Kind.PERSON,
                    dob,
                    null,
                    Set.of(),
                    "shares '" + words[keep] + "' with " + r.id());
            made++;
        }
    }

    /** A pool word clearly different from {@code word}, or {@code null} when none turns up. */
    private String differentWord(String word, List<String> pool) {
        for (int i = 0; i < 100; i++) {
            String w = pool.get(random.nextInt(pool.size()));
            if (Names.clearlyDifferent(w, word)) {
                return w;
            }
        }
        return null;
    }

    /**
     * One entry holding the Russian name of Vladimir Putin; every other line of putin_names.txt in an
     * in-scope script with at least two name words (titles not counted) is a query for it.
     */
    void putin() {
        String listed = "Владимир Владимирович Путин";
        List<String> lines = SharedSources.putinNames(data);
        if (lines.isEmpty()) {
            return;
        }
        ListEntry entry = new ListEntry("putin", Kind.PERSON, List.of(listed), List.of("1952-10-07"), List.of("RU"));
        if (!dev.add(entry)) {
            throw new IllegalStateException("the Putin entry clashes with an earlier entry");
        }
        for (String line : lines) {
            if (line.equals(listed) || !IN_SCOPE.contains(Names.script(line))) {
                continue;
            }
            long words = List.of(line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")).stream()
                    .filter(w -> !w.isEmpty() && !TITLES.contains(w))
                    .count();
            if (words >= 2) {
                dev.query(
                        "putin-spellings",
                        line,
                        null,
                        null,
                        null,
                        Set.of("putin"),
                        Names.script(line).name());
            }
        }
    }

    /**
     * watchman's cross-script pairs whose query is Arabic or Cyrillic and whose expected Latin name
     * has two words or more; the expected name becomes an entry. Pairs whose name shares two words
     * with a name already listed (Vladimir Putin, Mohamed Ali…) are left out: in this list their
     * right answer would be ambiguous.
     */
    void moovPairs() {
        int n = 0;
        for (CrossScriptPair p : SharedSources.moovPairs(data)) {
            UnicodeScript script = Names.script(p.query());
            if (script != UnicodeScript.ARABIC && script != UnicodeScript.CYRILLIC) {
                continue;
            }
            if (Names.asciiTokens(p.expected()).size() < 2 || dev.mostSharedWords(p.expected()) >= 2) {
                continue;
            }
            String id = "moov-" + (++n);
            if (dev.add(ListEntry.of(id, Kind.PERSON, p.expected()))) {
                dev.query("moov-cross-script", p.query(), null, null, null, Set.of(id), script.name());
            }
        }
    }

    /**
     * OpenSanctions persons with Cyrillic and Latin names: the entry holds the Cyrillic names (as a
     * member state's register would), each distinct Latin name is a query, every other one with the
     * birth date. Read at run time only (CC BY-NC 4.0). Organisations are left out: many of their
     * Latin names are translations ("Unmanned Systems"), not spellings.
     */
    void openSanctionsPersons() {
        Path dir = data.resolve("opensanctions/entities");
        if (!Files.isDirectory(dir)) {
            return;
        }
        int n = 0;
        for (FtmEntity e : SharedSources.openSanctionsEntities(data)) {
            if (!e.schema().equals("Person")) {
                continue;
            }
            List<String> all = new ArrayList<>(e.names());
            all.addAll(e.aliases());
            List<String> cyrillic = all.stream()
                    .filter(s -> Names.script(s) == UnicodeScript.CYRILLIC)
                    .distinct()
                    .toList();
            Map<String, String> latin = new LinkedHashMap<>();
            all.stream()
                    .filter(s -> Names.script(s) == UnicodeScript.LATIN)
                    .forEach(s -> latin.putIfAbsent(Names.key(s), s));
            if (cyrillic.isEmpty() || latin.isEmpty()) {
                continue;
            }
            String id = "os-" + e.id();
            if (!dev.add(new ListEntry(id, Kind.PERSON, cyrillic, e.birthDates(), e.nationalities()))) {
                continue;
            }
            for (String q : latin.values()) {
                String dob = n++ % 2 == 0 && !e.birthDates().isEmpty()
                        ? e.birthDates().get(0)
                        : null;
                dev.query("opensanctions-persons", q, null, dob, null, Set.of(id), "");
            }
        }
    }

    /**
     * Interscript test vectors of in-scope languages that are single words: consecutive words of one
     * map are paired into a two-word name; the entry holds one side (source script or Latin,
     * alternately) and the query the other. Mostly place names and common words, so this tests
     * letter-level romanisation (Kazakh, Kyrgyz, Tajik, Uzbek, Belarusian, Ukrainian...), not name
     * structure.
     */
    void interscriptWords() {
        Map<String, List<TransliterationVector>> byMap = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (TransliterationVector v : SharedSources.interscriptVectors(data)) {
            if (IN_SCOPE_MAPS.matcher(v.map()).matches()
                    && WORD.matcher(v.source()).matches()
                    && WORD.matcher(v.expected()).matches()
                    && Names.script(v.source()) != UnicodeScript.LATIN
                    && seen.add(v.source())) {
                byMap.computeIfAbsent(v.map(), k -> new ArrayList<>()).add(v);
            }
        }
        int n = 0;
        for (Map.Entry<String, List<TransliterationVector>> m : byMap.entrySet()) {
            List<TransliterationVector> v = m.getValue();
            for (int i = 0; i + 1 < v.size() && i / 2 < PAIRS_PER_MAP; i += 2) {
                String source =
                        Names.titleCase(v.get(i).source() + " " + v.get(i + 1).source());
                String latin =
                        Names.titleCase(v.get(i).expected() + " " + v.get(i + 1).expected());
                boolean sourceListed = (i / 2) % 2 == 0;
                String id = "is-" + (++n);
                if (dev.add(ListEntry.of(id, Kind.PERSON, sourceListed ? source : latin))) {
                    dev.query(
                            "interscript-words",
                            sourceListed ? latin : source,
                            null,
                            null,
                            null,
                            Set.of(id),
                            m.getKey());
                }
            }
        }
    }
}

package org.jsis.namematch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The search leaves postings unread and candidates unbounded where the threshold or the query's kind
 * proves that they cannot be returned; it must answer exactly as the search without these shortcuts
 * ({@link Engine#searchUnpruned}), which reads every posting and bounds every candidate. Seeded random
 * registers: persons and organisations whose words are common or rare (so that query tokens weigh
 * differently), generic organisation words, places, patronymics, initials, Cyrillic spellings; queries
 * that are listed names, misspelt, shortened, lengthened, reordered, joined, split or with an initial, and unlisted
 * names, at thresholds from 0.5 to 0.95, with and without kind, birth date and nationality.
 */
class PrunedSearchTests {

    private static final String[] SYLLABLES = {
        "ba", "ka", "ri", "mo", "lu", "sha", "dor", "ven", "zar", "tu", "nik", "fa", "gel", "hu", "yan", "pol", "sem",
        "tar", "kho", "zhi"
    };
    private static final String[] GENERIC = {"Front", "Movement", "Company", "Brigade", "Union", "Council"};
    private static final String[] PLACES = {"Ferghana", "Pamir", "Balkh", "Osh", "Naryn"};
    private static final String[] FAMILY_ENDINGS = {"ov", "ova", "ev", "in", "yan", "zoda", ""};
    private static final String[] NATIONS = {"ru", "kz", "uz", "tj", "af"};

    @Test
    void theShortcutsGiveTheAnswersOfTheSearchWithoutThem() {
        int queries = 0;
        int hits = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed * 7919);
            List<String> common = words(random, 12, 2);
            List<String> rare = words(random, 900, 3);
            Engine engine = new Engine();
            List<NameRecord> records = new ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                records.add(record(random, "r" + i, common, rare));
            }
            engine.putAll(records);
            for (int i = 0; i < 700; i++) {
                NameQuery query = query(random, records, common, rare);
                List<String> expected = SearchAnswers.of(engine.searchUnpruned(query));
                assertThat(SearchAnswers.of(engine.search(query)))
                        .as("seed %d, query %s at %.2f", seed, query.name(), query.threshold())
                        .isEqualTo(expected);
                queries++;
                hits += expected.size();
            }
        }
        // the answers compared are not all empty: most listed names find themselves
        assertThat(hits).isGreaterThan(queries);
    }

    @Test
    void anOrganisationPairedThroughAnInitialOfTheQueryIsStillFound() {
        Engine engine = new Engine();
        engine.putAll(List.of(
                NameRecord.of("a", EntityKind.ORGANISATION, "Zorvan Tarsemven Union"),
                NameRecord.of("b", EntityKind.ORGANISATION, "Z. Tarsemven Union"),
                NameRecord.of("c", EntityKind.ORGANISATION, "Tarsemven Pamir Union")));
        for (String name : List.of("Z. Tarsemven Union", "Zorvan Tarsemven Union", "Z Tarsemven")) {
            NameQuery query = NameQuery.builder(name).threshold(0.6).build();
            List<String> expected = SearchAnswers.of(engine.searchUnpruned(query));
            assertThat(SearchAnswers.of(engine.search(query))).as(name).isEqualTo(expected);
            assertThat(expected).as(name).anyMatch(hit -> hit.startsWith("a ")).anyMatch(hit -> hit.startsWith("b "));
        }
    }

    private static NameRecord record(Random random, String id, List<String> common, List<String> rare) {
        boolean person = random.nextInt(10) < 6;
        List<String> names = new ArrayList<>();
        String name = person ? personName(random, common, rare) : organisationName(random, common, rare);
        names.add(name);
        if (random.nextInt(3) == 0) {
            names.add(cyrillic(name));
        }
        List<PartialDate> dates = new ArrayList<>();
        if (person && random.nextBoolean()) {
            dates.add(PartialDate.parse(Integer.toString(1950 + random.nextInt(50))));
        }
        List<String> nationalities =
                random.nextBoolean() ? List.of(NATIONS[random.nextInt(NATIONS.length)]) : List.of();
        return new NameRecord(id, person ? EntityKind.PERSON : EntityKind.ORGANISATION, names, dates, nationalities);
    }

    private static String personName(Random random, List<String> common, List<String> rare) {
        List<String> parts = new ArrayList<>();
        parts.add(word(random, common, rare));
        if (random.nextInt(3) == 0) {
            parts.add(word(random, common, rare) + (random.nextBoolean() ? "ovich" : "ovna"));
        }
        int more = random.nextInt(3);
        for (int k = 0; k < more; k++) {
            parts.add(word(random, common, rare) + FAMILY_ENDINGS[random.nextInt(FAMILY_ENDINGS.length)]);
        }
        if (random.nextInt(8) == 0) {
            parts.add(
                    random.nextInt(parts.size() + 1),
                    Character.toUpperCase(rare.get(0).charAt(0)) + ".");
        }
        return String.join(" ", parts);
    }

    private static String organisationName(Random random, List<String> common, List<String> rare) {
        List<String> parts = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            parts.add(PLACES[random.nextInt(PLACES.length)]);
        }
        int words = 1 + random.nextInt(2);
        for (int k = 0; k < words; k++) {
            parts.add(word(random, common, rare));
        }
        if (random.nextInt(4) != 0) {
            parts.add(GENERIC[random.nextInt(GENERIC.length)]);
        }
        if (random.nextInt(10) == 0) {
            parts.add(0, Character.toUpperCase(common.get(0).charAt(0)) + ".");
        }
        return String.join(" ", parts);
    }

    private static NameQuery query(Random random, List<NameRecord> records, List<String> common, List<String> rare) {
        String name;
        int shape = random.nextInt(10);
        if (shape < 7) {
            NameRecord r = records.get(random.nextInt(records.size()));
            name = variant(random, r.names().get(random.nextInt(r.names().size())), common, rare);
        } else if (shape < 9) {
            name = personName(random, common, rare);
        } else {
            name = organisationName(random, common, rare);
        }
        NameQuery.Builder b = NameQuery.builder(name)
                .threshold(0.5 + random.nextInt(10) * 0.05)
                .limit(1 + random.nextInt(10));
        int kind = random.nextInt(4);
        if (kind == 0) {
            b.kind(EntityKind.PERSON);
        } else if (kind == 1) {
            b.kind(EntityKind.ORGANISATION);
        }
        if (random.nextInt(4) == 0) {
            b.birthDate(PartialDate.parse(Integer.toString(1950 + random.nextInt(50))));
        }
        if (random.nextInt(4) == 0) {
            b.nationality(NATIONS[random.nextInt(NATIONS.length)]);
        }
        return b.build();
    }

    /** A listed name changed as screening queries change names. */
    private static String variant(Random random, String name, List<String> common, List<String> rare) {
        List<String> parts = new ArrayList<>(List.of(name.split(" ")));
        int edits = random.nextInt(3);
        for (int e = 0; e < edits && !parts.isEmpty(); e++) {
            int at = random.nextInt(parts.size());
            switch (random.nextInt(7)) {
                case 0 -> parts.remove(at); // a word left out
                case 1 -> parts.add(at, word(random, common, rare)); // a word more
                case 2 -> parts.set(at, misspelt(random, parts.get(at)));
                case 3 -> parts.add(parts.remove(at)); // reordered
                case 5 -> parts.set(at, parts.get(at).charAt(0) + "."); // an initial
                case 4 -> {
                    if (at + 1 < parts.size()) {
                        parts.set(at, parts.get(at) + parts.remove(at + 1).toLowerCase(Locale.ROOT)); // joined
                    }
                }
                default -> {
                    String p = parts.get(at);
                    if (p.length() >= 7) {
                        parts.set(at, p.substring(0, p.length() / 2));
                        parts.add(at + 1, p.substring(p.length() / 2)); // split
                    }
                }
            }
        }
        String out = String.join(" ", parts);
        return out.isBlank() ? name : out;
    }

    private static String misspelt(Random random, String word) {
        if (word.length() < 3) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 1);
        char c = "aeioukrtnls".charAt(random.nextInt(11));
        return random.nextBoolean()
                ? word.substring(0, at) + c + word.substring(at + 1)
                : word.substring(0, at) + c + word.substring(at);
    }

    private static String word(Random random, List<String> common, List<String> rare) {
        return random.nextInt(3) == 0
                ? common.get(random.nextInt(common.size()))
                : rare.get(random.nextInt(rare.size()));
    }

    private static List<String> words(Random random, int count, int syllables) {
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            StringBuilder sb = new StringBuilder();
            int n = syllables - 1 + random.nextInt(2);
            for (int k = 0; k < n; k++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            String w = Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final String[][] CYRILLIC = {
        {"kh", "х"},
        {"sh", "ш"},
        {"zh", "ж"},
        {"ch", "ч"},
        {"ya", "я"},
        {"a", "а"},
        {"b", "б"},
        {"d", "д"},
        {"e", "е"},
        {"f", "ф"},
        {"g", "г"},
        {"h", "х"},
        {"i", "и"},
        {"k", "к"},
        {"l", "л"},
        {"m", "м"},
        {"n", "н"},
        {"o", "о"},
        {"p", "п"},
        {"r", "р"},
        {"s", "с"},
        {"t", "т"},
        {"u", "у"},
        {"v", "в"},
        {"y", "й"},
        {"z", "з"}
    };

    /** A simple Russian-style spelling of a Latin name. */
    private static String cyrillic(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            String rest = s.substring(i).toLowerCase(Locale.ROOT);
            boolean upper = Character.isUpperCase(s.charAt(i));
            String hit = null;
            int length = 1;
            for (String[] m : CYRILLIC) {
                if (rest.startsWith(m[0])) {
                    hit = m[1];
                    length = m[0].length();
                    break;
                }
            }
            out.append(hit == null ? String.valueOf(s.charAt(i)) : upper ? hit.toUpperCase(Locale.ROOT) : hit);
            i += length;
        }
        return out.toString();
    }
}

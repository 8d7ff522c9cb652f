package org.jsis.namematch.bench.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;

/**
 * The synthetic register of {@code bench/register-screening} ({@code
 * bench/register-screening.d/GenerateRegister.java}) as a screening list, so that the library can be
 * measured on it without the application and its database: the same random sequence, so the same seed
 * gives the same names.
 *
 * <p>Unlike {@link SyntheticData}, its words are invented from syllables, so the vocabulary is large
 * (millions of distinct words) and most names are unique; persons carry a patronymic-like middle name
 * and, 60 % of them, a Cyrillic alias with a birth date and nationality; organisations are an invented
 * word and one of 30 common words (Movement, Front…), a third with a place name, always with a Cyrillic
 * alias. Queries, in the generator's order: an exact listed name, its Cyrillic spelling, an invented
 * name that should not match; each positive expects every entry that has that name.
 */
public final class RegisterShapedData {

    private static final String[] ONSETS = {
        "b", "d", "g", "k", "m", "n", "r", "s", "t", "z", "kh", "sh", "y", "v", "f", "l", "ch", "zh", "a", "u"
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "o", "ai", "ia"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "m", "t", "d", "sh", "kh", "z"};
    private static final String[] FAMILY_ENDINGS = {
        "ov", "ev", "in", "aev", "ova", "zoda", "yan", "uly", "bekov", "ulin"
    };
    private static final String[] ORG_WORDS = {
        "Movement", "Front", "Brigade", "Society", "Union", "Jamaat", "Council", "Group", "Battalion", "Foundation",
        "Party", "Army", "Committee", "League", "Network", "Association", "Centre", "Company", "Trust", "Fund",
        "Alliance", "Order", "Circle", "Legion", "Mission", "Partnership", "Cell", "Unit", "Corps", "Guard"
    };
    private static final String[] ORG_PLACES = {
        "Ferghana",
        "Turkestan",
        "Valley",
        "Caucasus",
        "Steppe",
        "Pamir",
        "Tien Shan",
        "Oasis",
        "Syr Darya",
        "Amu Darya",
        "Khorasan",
        "Altai",
        "Zeravshan",
        "Karakum",
        "Kyzylkum",
        "Issyk",
        "Naryn",
        "Khujand",
        "Osh",
        "Andijan",
        "Namangan",
        "Termez",
        "Kulob",
        "Badakhshan",
        "Aral",
        "Balkh",
        "Kunduz",
        "Herat",
        "Chuy",
        "Talas"
    };
    private static final String[] COUNTRIES = {"ru", "kz", "kg", "tj", "uz", "am", "by", "af", "tr", "az"};
    private static final String[][] CYRILLIC = {
        {"kh", "х"},
        {"sh", "ш"},
        {"ch", "ч"},
        {"zh", "ж"},
        {"ia", "я"},
        {"a", "а"},
        {"b", "б"},
        {"d", "д"},
        {"e", "е"},
        {"f", "ф"},
        {"g", "г"},
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
        {"z", "з"},
        {"c", "к"},
        {"h", "х"},
        {"w", "в"},
        {"j", "дж"},
        {"q", "к"},
        {"x", "кс"}
    };

    /** The list and the queries, in the generator's order (exact, Cyrillic, invented; repeated). */
    public record Generated(List<ListEntry> entries, List<Query> queries) {}

    private RegisterShapedData() {}

    /** {@code n} entries with ids {@code PREFIX-i} and at most {@code queryCount} queries. */
    public static Generated generate(int n, int queryCount, long seed, String prefix) {
        Random random = new Random(seed);
        List<ListEntry> entries = new ArrayList<>(n);
        List<String> exact = new ArrayList<>();
        List<String> cyrillic = new ArrayList<>();
        Map<String, List<String>> byName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = prefix + "-" + i;
            boolean person = random.nextInt(10) < 8;
            String name;
            String cyr;
            List<String> names = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            List<String> nationalities = new ArrayList<>();
            if (person) {
                String given = cap(word(random, 2));
                String middle = cap(word(random, 2)) + (random.nextBoolean() ? "ovich" : "ovna");
                String family = cap(word(random, 2)) + FAMILY_ENDINGS[random.nextInt(FAMILY_ENDINGS.length)];
                name = given + " " + middle + " " + family;
                cyr = toCyrillic(name);
                names.add(name);
                if (random.nextInt(10) < 6) {
                    names.add(cyr);
                    dates.add((1940 + random.nextInt(65)) + "-"
                            + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    nationalities.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
                }
                random.nextBoolean(); // topics
            } else {
                name = (random.nextInt(3) == 0 ? ORG_PLACES[random.nextInt(ORG_PLACES.length)] + " " : "")
                        + cap(word(random, 3)) + " " + ORG_WORDS[random.nextInt(ORG_WORDS.length)];
                cyr = toCyrillic(name);
                names.add(name);
                names.add(cyr);
                nationalities.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
            }
            Kind kind = person ? Kind.PERSON : Kind.ORGANISATION;
            entries.add(new ListEntry(id, kind, names, dates, nationalities));
            byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(id);
            random.nextBoolean(); // a sanction record or not
            if (exact.size() < 3000 && random.nextInt(Math.max(1, n / 3000)) == 0) {
                exact.add(name);
                cyrillic.add(cyr);
            }
        }
        List<Query> queries = new ArrayList<>();
        Random qr = new Random(seed + 1);
        for (int i = 0; i < exact.size() && queries.size() < queryCount; i++) {
            Set<String> expected = Set.copyOf(byName.get(exact.get(i)));
            String negative = cap(word(qr, 3)) + " " + cap(word(qr, 3)) + "ski";
            queries.add(query(queries.size(), "register-exact", exact.get(i), expected));
            queries.add(query(queries.size(), "register-cyrillic", cyrillic.get(i), expected));
            queries.add(query(queries.size(), "register-absent", negative, Set.of()));
        }
        return new Generated(entries, queries.subList(0, Math.min(queryCount, queries.size())));
    }

    private static Query query(int i, String subset, String name, Set<String> expected) {
        return new Query("r" + i, subset, name, null, null, null, expected, subset);
    }

    private static String word(Random r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[r.nextInt(ONSETS.length)])
                    .append(VOWELS[r.nextInt(VOWELS.length)])
                    .append(CODAS[r.nextInt(CODAS.length)]);
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The generator's simple Russian-style spelling of a Latin name (kh→х, sh→ш, ia→я…). */
    static String toCyrillic(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            boolean upper = Character.isUpperCase(s.charAt(i));
            String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
            String hit = null;
            int len = 1;
            for (String[] m : CYRILLIC) {
                if (rest.startsWith(m[0])) {
                    hit = m[1];
                    len = m[0].length();
                    break;
                }
            }
            if (hit == null) {
                out.append(s.charAt(i));
            } else {
                out.append(upper ? Character.toUpperCase(hit.charAt(0)) + hit.substring(1) : hit);
            }
            i += len;
        }
        return out.toString();
    }
}

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a reproducible synthetic register as FollowTheMoney JSON lines (fixed seed), and a file of
 * screening queries, for bench/register-screening. Run with the JDK's single-file launcher:
 * {@snippet :
 * java GenerateRegister.java ENTRIES OUT.jsonl QUERIES.txt [SEED] [ID_PREFIX]
 * java GenerateRegister.java --org-words
 * }
 * The second prints the 30 common words that end every organisation's name, each in Latin and in Cyrillic, a line
 * each (bench/register-screening --query-kinds tells persons' names from organisations' by them).
 * About 80% persons (given name, patronymic-like middle name, family name; 60% with a Cyrillic alias,
 * a birth date and a nationality) and 20% organisations (an invented word and one of 30 common words such as
 * "Front" or "Movement", a third also with one of 30 place names, and a Cyrillic alias); half of the
 * entities carry a Sanction. Queries:
 * a third exact names, a third the Cyrillic spellings, a third invented names that should not match.
 */
public final class GenerateRegister {

    private static final String[] ONSETS = {"b", "d", "g", "k", "m", "n", "r", "s", "t", "z", "kh", "sh", "y", "v", "f", "l", "ch", "zh", "a", "u"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "o", "ai", "ia"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "m", "t", "d", "sh", "kh", "z"};
    private static final String[] FAMILY_ENDINGS = {"ov", "ev", "in", "aev", "ova", "zoda", "yan", "uly", "bekov", "ulin"};
    private static final String[] ORG_WORDS = {"Movement", "Front", "Brigade", "Society", "Union", "Jamaat", "Council", "Group",
        "Battalion", "Foundation", "Party", "Army", "Committee", "League", "Network", "Association", "Centre", "Company",
        "Trust", "Fund", "Alliance", "Order", "Circle", "Legion", "Mission", "Partnership", "Cell", "Unit", "Corps", "Guard"};
    private static final String[] ORG_PLACES = {"Ferghana", "Turkestan", "Valley", "Caucasus", "Steppe", "Pamir", "Tien Shan",
        "Oasis", "Syr Darya", "Amu Darya", "Khorasan", "Altai", "Zeravshan", "Karakum", "Kyzylkum", "Issyk", "Naryn", "Khujand",
        "Osh", "Andijan", "Namangan", "Termez", "Kulob", "Badakhshan", "Aral", "Balkh", "Kunduz", "Herat", "Chuy", "Talas"};
    private static final String[] COUNTRIES = {"ru", "kz", "kg", "tj", "uz", "am", "by", "af", "tr", "az"};

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--org-words")) {
            // the common words that end every organisation's name, as written in its Latin name and its Cyrillic alias
            for (String word : ORG_WORDS) {
                System.out.println(word);
                System.out.println(toCyrillic(word));
            }
            return;
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path queries = Path.of(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        String prefix = args.length > 4 ? args[4] : "bench";
        Random random = new Random(seed);
        List<String> exact = new ArrayList<>();
        List<String> cyrillic = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String id = prefix + "-" + i;
                boolean person = random.nextInt(10) < 8;
                String name;
                String cyr;
                StringBuilder props = new StringBuilder();
                if (person) {
                    String given = cap(word(random, 2));
                    String middle = cap(word(random, 2)) + (random.nextBoolean() ? "ovich" : "ovna");
                    String family = cap(word(random, 2)) + FAMILY_ENDINGS[random.nextInt(FAMILY_ENDINGS.length)];
                    name = given + " " + middle + " " + family;
                    cyr = toCyrillic(name);
                    props.append("\"name\":[\"").append(name).append("\"]");
                    props.append(",\"firstName\":[\"").append(given).append("\"],\"lastName\":[\"").append(family).append("\"]");
                    if (random.nextInt(10) < 6) {
                        props.append(",\"alias\":[\"").append(cyr).append("\"]");
                        props.append(",\"birthDate\":[\"").append(1940 + random.nextInt(65)).append('-')
                                .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append("\"]");
                        props.append(",\"nationality\":[\"").append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append("\"]");
                    }
                    props.append(",\"topics\":[\"").append(random.nextBoolean() ? "crime.terror" : "wanted").append("\"]");
                } else {
                    // One invented word, one of 30 common organisation words, a place in a third of the names.
                    name = (random.nextInt(3) == 0 ? ORG_PLACES[random.nextInt(ORG_PLACES.length)] + " " : "")
                            + cap(word(random, 3)) + " " + ORG_WORDS[random.nextInt(ORG_WORDS.length)];
                    cyr = toCyrillic(name);
                    props.append("\"name\":[\"").append(name).append("\"],\"alias\":[\"").append(cyr).append("\"]");
                    props.append(",\"country\":[\"").append(COUNTRIES[random.nextInt(COUNTRIES.length)]).append("\"]");
                    props.append(",\"topics\":[\"crime.terror\",\"sanction\"]");
                }
                w.write("{\"id\":\"" + id + "\",\"schema\":\"" + (person ? "Person" : "Organization") + "\",\"properties\":{" + props + "}}\n");
                if (random.nextBoolean()) {
                    w.write("{\"id\":\"" + id + "-s\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"" + id
                            + "\"],\"authority\":[\"Synthetic Authority\"],\"authorityId\":[\"SYN-" + i + "\"],\"listingDate\":[\"2010-01-01\"]}}\n");
                }
                if (exact.size() < 3000 && random.nextInt(Math.max(1, n / 3000)) == 0) {
                    exact.add(name);
                    cyrillic.add(cyr);
                }
            }
        }
        try (BufferedWriter q = Files.newBufferedWriter(queries, StandardCharsets.UTF_8)) {
            Random qr = new Random(seed + 1);
            for (int i = 0; i < exact.size(); i++) {
                q.write(exact.get(i) + "\n");
                q.write(cyrillic.get(i) + "\n");
                q.write(cap(word(qr, 3)) + " " + cap(word(qr, 3)) + "ski\n");
            }
        }
    }

    private static String word(Random r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]).append(CODAS[r.nextInt(CODAS.length)]);
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A simple Russian-style spelling of a Latin name (kh→х, sh→ш, ch→ч, zh→ж, y→й, ...). */
    static String toCyrillic(String s) {
        String[][] map = {{"kh", "х"}, {"sh", "ш"}, {"ch", "ч"}, {"zh", "ж"}, {"ia", "я"}, {"a", "а"}, {"b", "б"}, {"d", "д"},
            {"e", "е"}, {"f", "ф"}, {"g", "г"}, {"i", "и"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
            {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"v", "в"}, {"y", "й"}, {"z", "з"}, {"c", "к"},
            {"h", "х"}, {"w", "в"}, {"j", "дж"}, {"q", "к"}, {"x", "кс"}};
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            boolean upper = Character.isUpperCase(s.charAt(i));
            String rest = s.substring(i).toLowerCase();
            String hit = null;
            int len = 1;
            for (String[] m : map) {
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

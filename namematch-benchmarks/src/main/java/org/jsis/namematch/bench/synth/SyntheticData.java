package org.jsis.namematch.bench.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.jsis.namematch.bench.data.Names;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;
import org.jsis.namematch.bench.romanise.IcuRomaniser;
import org.jsis.namematch.bench.romanise.Romanisations;
import org.jsis.namematch.bench.romanise.Romaniser;
import org.jsis.namematch.bench.synth.LocaleNames.Lang;

/**
 * A reproducible synthetic screening list and queries with known answers, for speed and memory
 * benchmarks.
 *
 * <p>List: {@code n} entries from Datafaker's ru, uk, be, uz, tr, ar, fa, hy and ka name lists
 * (weights 25/15/5/10/10/10/10/8/7 %), 15 % organisations where the locale has legal forms; words
 * drawn with a Zipf skew (exponent 0.8) over Datafaker's list order; 70 % of persons with a
 * patronymic where the locale has them; 60 % with a birth date (a quarter of them year only); 50 %
 * with a nationality; 10 % with a second, romanised spelling as an alias. About one surname in five
 * (both genders, and the Russian, Belarusian and Ukrainian forms, together) is kept out of the list;
 * those two edits or more from every listed surname are used for unlisted query names.
 *
 * <p>Queries: a share of variants of listed entries (romanised under the locale's systems, possibly
 * ASCII-folded, reordered, without patronymic, with one typo, in capitals, sometimes with birth date
 * and nationality) and the rest unlisted names (listed given names with unlisted surnames). A
 * positive query expects every entry with the same given name and surname (or organisation name and
 * form): on a list of a million such entries, common names recur.
 */
public final class SyntheticData {

    public static final long DEFAULT_SEED = 42;

    private static final Lang[] LANGS = Lang.values();
    private static final double[] WEIGHTS = {25, 15, 5, 10, 10, 10, 10, 8, 7};
    private static final double ZIPF = 0.8;

    private final long seed;
    private final Map<Lang, Pools> listed = new EnumMap<>(Lang.class);
    private final Map<Lang, Pools> unlisted = new EnumMap<>(Lang.class);
    private final Map<Lang, List<Romaniser>> romanisers = new EnumMap<>(Lang.class);
    private final Romaniser ascii = new IcuRomaniser("ascii", "Latin-ASCII");
    private final Romaniser uzbekCyrillic = new IcuRomaniser("uz_cyrillic", "uz_Latn-uz_Cyrl");

    public SyntheticData(long seed) {
        this.seed = seed;
        Map<Lang, LocaleNames> all = new EnumMap<>(Lang.class);
        Set<String> listedSkeletons = new HashSet<>();
        for (Lang lang : LANGS) {
            LocaleNames names = LocaleNames.load(lang);
            all.put(lang, names);
            Pools pools = Pools.of(names, s -> !unlistedSurname(s));
            if (pools == null) {
                throw new IllegalStateException("no listed surnames for " + lang);
            }
            listed.put(lang, pools);
            pools.maleLast().forEach(s -> listedSkeletons.add(skeleton(s)));
            pools.femaleLast().forEach(s -> listedSkeletons.add(skeleton(s)));
        }
        for (Lang lang : LANGS) {
            // None for a locale whose every unlisted surname is near a listed one (Uzbek's are near Russian ones).
            Pools pools = Pools.of(all.get(lang), s -> unlistedSurname(s) && farFromAll(skeleton(s), listedSkeletons));
            if (pools != null) {
                unlisted.put(lang, pools);
            }
        }
        romanisers.put(Lang.RU, Romanisations.russian());
        romanisers.put(Lang.UK, Romanisations.ukrainian());
        romanisers.put(Lang.BE, Romanisations.belarusian());
        romanisers.put(
                Lang.HY,
                List.of(
                        new IcuRomaniser("hy_bgn_pcgn", "hy-hy_Latn/BGN"),
                        new IcuRomaniser("armenian_latin", "Armenian-Latin")));
        romanisers.put(
                Lang.KA,
                List.of(
                        new IcuRomaniser("georgian_latin", "Georgian-Latin"),
                        new IcuRomaniser("ka_bgn_pcgn", "ka-ka_Latn/BGN")));
    }

    /** The generated list: entries (ids {@code s0}, {@code s1}…) and the parts of each entry's name. */
    public record SyntheticList(List<ListEntry> entries, List<SyntheticName> names) {}

    /**
     * The word lists of one locale, with Zipf samplers. Surnames are split into listed and unlisted
     * ones by {@link #surnameKey}, so that the two genders of one surname (Смирнов, Смирнова) always
     * fall on the same side.
     */
    private record Pools(
            LocaleNames names,
            Zipf maleFirst,
            Zipf femaleFirst,
            Zipf maleMiddle,
            Zipf femaleMiddle,
            List<String> maleLast,
            List<String> femaleLast,
            Zipf maleLastZipf,
            Zipf femaleLastZipf) {

        /** The pools with the surnames that pass; {@code null} when a gender would have none. */
        static Pools of(LocaleNames n, Predicate<String> surnames) {
            List<String> male = n.maleLast().stream().filter(surnames).toList();
            List<String> female = n.femaleLast().stream().filter(surnames).toList();
            if (male.isEmpty() || female.isEmpty()) {
                return null;
            }
            return new Pools(
                    n,
                    new Zipf(n.maleFirst().size(), ZIPF),
                    new Zipf(n.femaleFirst().size(), ZIPF),
                    new Zipf(Math.max(1, n.maleMiddle().size()), ZIPF),
                    new Zipf(Math.max(1, n.femaleMiddle().size()), ZIPF),
                    male,
                    female,
                    new Zipf(male.size(), ZIPF),
                    new Zipf(female.size(), ZIPF));
        }

        SyntheticName person(Random r) {
            boolean female = r.nextBoolean();
            String first = (female ? names.femaleFirst() : names.maleFirst())
                    .get((female ? femaleFirst : maleFirst).sample(r));
            List<String> middles = female ? names.femaleMiddle() : names.maleMiddle();
            String middle = !middles.isEmpty() && r.nextDouble() < 0.7
                    ? middles.get((female ? femaleMiddle : maleMiddle).sample(r))
                    : null;
            String last = female ? femaleLast.get(femaleLastZipf.sample(r)) : maleLast.get(maleLastZipf.sample(r));
            return new SyntheticName(names.lang(), Kind.PERSON, first, middle, last);
        }

        SyntheticName organisation(Random r) {
            String core = maleLast.get(maleLastZipf.sample(r));
            String form = names.legalForms().get(r.nextInt(names.legalForms().size()));
            return new SyntheticName(names.lang(), Kind.ORGANISATION, core, null, form);
        }
    }

    private static boolean farFromAll(String skeleton, Set<String> others) {
        return others.stream().allMatch(o -> Names.distance(skeleton, o) >= 2);
    }

    /**
     * About one surname in five is kept out of the list, chosen by a hash of its levelled form (see
     * {@link #skeleton}) so that the Russian, Belarusian and Ukrainian forms of one surname (Смирнов,
     * Смірноў; Соколов, Сакалоў; Юдин, Юдзін) and its two genders always fall on the same side.
     */
    static boolean unlistedSurname(String surname) {
        return Math.floorMod(skeleton(surname).hashCode(), 5) == 4;
    }

    /**
     * A surname levelled for comparison across locales: ICU ASCII, lower case, gender ending
     * removed, and the differences between Russian, Belarusian and Ukrainian spellings evened out
     * (o/a, e/i/y, dz/d, ts/t).
     */
    static String skeleton(String surname) {
        return String.join("", Names.asciiTokens(surnameKey(surname)))
                .replace("dz", "d")
                .replace("ts", "t")
                .replace('o', 'a')
                .replace('e', 'i')
                .replace('y', 'i');
    }

    /**
     * One key for the masculine and feminine forms of a surname: lower case, one gender ending
     * (-ая, -ий, -ый, -ой, -а, -я) removed, a final Belarusian ў read as в (Смірноў, Смірнова).
     */
    static String surnameKey(String surname) {
        String s = surname.toLowerCase(Locale.ROOT);
        for (String ending : List.of("ая", "ий", "ый", "ой", "а", "я")) {
            if (s.length() > ending.length() + 2 && s.endsWith(ending)) {
                s = s.substring(0, s.length() - ending.length());
                break;
            }
        }
        return s.endsWith("ў") ? s.substring(0, s.length() - 1) + "в" : s;
    }

    /** The list of {@code n} entries; the same seed and {@code n} give the same list. */
    public SyntheticList list(int n) {
        Random r = new Random(seed);
        List<ListEntry> entries = new ArrayList<>(n);
        List<SyntheticName> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SyntheticName name = name(listed, pickLang(r, Set.of(LANGS)), r);
            names.add(name);
            entries.add(entry("s" + i, name, r));
        }
        return new SyntheticList(entries, names);
    }

    private SyntheticName name(Map<Lang, Pools> pools, Lang lang, Random r) {
        Pools p = pools.get(lang);
        boolean org = !p.names().legalForms().isEmpty() && r.nextDouble() < 0.15;
        return org ? p.organisation(r) : p.person(r);
    }

    private ListEntry entry(String id, SyntheticName name, Random r) {
        List<String> names = new ArrayList<>(2);
        names.add(name.display());
        if (r.nextDouble() < 0.10) {
            String alias = name.lang().script == Character.UnicodeScript.LATIN
                    ? ascii.romanise(name.display())
                    : romanisers.containsKey(name.lang())
                            ? romanisers.get(name.lang()).get(0).romanise(name.display())
                            : null;
            if (alias != null && !alias.equals(name.display())) {
                names.add(alias);
            }
        }
        List<String> dobs = List.of();
        List<String> nats = List.of();
        if (name.kind() == Kind.PERSON) {
            if (r.nextDouble() < 0.6) {
                dobs = List.of(randomDob(r));
            }
            if (r.nextDouble() < 0.5) {
                nats = List.of(name.lang().country);
            }
        }
        return new ListEntry(id, name.kind(), names, dobs, nats);
    }

    private static String randomDob(Random r) {
        LocalDate d = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(65 * 365));
        return r.nextDouble() < 0.25 ? Integer.toString(d.getYear()) : d.toString();
    }

    private static Lang pickLang(Random r, Set<Lang> allowed) {
        double total = 0;
        for (int i = 0; i < LANGS.length; i++) {
            total += allowed.contains(LANGS[i]) ? WEIGHTS[i] : 0;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < LANGS.length; i++) {
            if (allowed.contains(LANGS[i])) {
                x -= WEIGHTS[i];
                if (x < 0) {
                    return LANGS[i];
                }
            }
        }
        throw new IllegalArgumentException("no locale allowed: " + allowed);
    }

    /**
     * {@code count} queries in the given script mix, a {@code listedShare} of them variants of listed
     * entries; the same seed, list, count and mix give the same queries.
     */
    public List<Query> queries(SyntheticList list, int count, ScriptMix mix, double listedShare) {
        Random r = new Random(seed * 31 + mix.ordinal() + 1);
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < list.names().size(); i++) {
            if (mix.sources().contains(list.names().get(i).lang())) {
                sources.add(i);
            }
        }
        List<SyntheticName> picked = new ArrayList<>(count);
        List<Integer> pickedIndex = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (!sources.isEmpty() && r.nextDouble() < listedShare) {
                int i = sources.get(r.nextInt(sources.size()));
                picked.add(list.names().get(i));
                pickedIndex.add(i);
            } else {
                Set<Lang> langs = EnumSet.copyOf(mix.sources());
                langs.retainAll(unlisted.keySet());
                picked.add(name(unlisted, pickLang(r, langs), r));
                pickedIndex.add(-1);
            }
        }
        Map<String, Set<String>> expected = twins(list, picked);
        List<Query> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            SyntheticName s = picked.get(k);
            ListEntry e = pickedIndex.get(k) >= 0 ? list.entries().get(pickedIndex.get(k)) : null;
            String dob = null;
            String nat = null;
            if (e != null && !e.birthDates().isEmpty() && r.nextDouble() < 0.3) {
                dob = e.birthDates().get(0);
            } else if (e == null && s.kind() == Kind.PERSON && r.nextDouble() < 0.3) {
                dob = randomDob(r);
            }
            if (s.kind() == Kind.PERSON && r.nextDouble() < 0.2) {
                nat = s.lang().country;
            }
            Kind kind = r.nextBoolean() ? s.kind() : null;
            String text = variant(s, mix, r);
            out.add(new Query(
                    "q" + k,
                    (e == null ? "unlisted-" : "listed-") + s.lang().tag,
                    text,
                    kind,
                    dob,
                    nat,
                    expected.getOrDefault(s.identity(), Set.of()),
                    s.display()));
        }
        return out;
    }

    /** For each picked name, the ids of all list entries with the same identity. */
    private static Map<String, Set<String>> twins(SyntheticList list, List<SyntheticName> picked) {
        Set<String> wanted = new HashSet<>();
        picked.forEach(s -> wanted.add(s.identity()));
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < list.names().size(); i++) {
            String identity = list.names().get(i).identity();
            if (wanted.contains(identity)) {
                out.computeIfAbsent(identity, k -> new HashSet<>())
                        .add(list.entries().get(i).id());
            }
        }
        return out;
    }

    private String variant(SyntheticName s, ScriptMix mix, Random r) {
        String text = arrange(s, r);
        boolean romanise = switch (mix) {
            case latinOnly -> true;
            case cyrillic, arabic -> false;
            case mixedScripts -> ScriptMix.latinOnly.sources().contains(s.lang()) && r.nextBoolean();
        };
        if (romanise) {
            if (romanisers.containsKey(s.lang())) {
                List<Romaniser> systems = romanisers.get(s.lang());
                text = systems.get(r.nextInt(systems.size())).romanise(text).replace("·", "");
            }
            if (r.nextBoolean()) {
                text = ascii.romanise(text);
            }
        } else if (mix == ScriptMix.cyrillic && s.lang() == Lang.UZ) {
            text = uzbekCyrillic.romanise(text);
        }
        if (r.nextDouble() < 0.25) {
            text = Typos.one(text, r);
        }
        if (r.nextDouble() < 0.2) {
            text = text.toUpperCase(Locale.ROOT);
        }
        return text;
    }

    /** Word order, patronymic and legal form as a query might carry them. */
    private static String arrange(SyntheticName s, Random r) {
        if (s.kind() == Kind.ORGANISATION) {
            double x = r.nextDouble();
            if (x < 0.25) {
                return s.first();
            }
            if (x < 0.5) {
                return s.lang().legalFormFirst ? s.first() + " " + s.last() : s.last() + " " + s.first();
            }
            return s.display();
        }
        String middle = s.middle() != null && r.nextDouble() >= 0.3 ? " " + s.middle() : "";
        double x = r.nextDouble();
        if (x < 0.15) {
            return s.last() + " " + s.first() + middle;
        }
        if (x < 0.3) {
            return s.last() + ", " + s.first() + middle;
        }
        return s.first() + middle + " " + s.last();
    }
}

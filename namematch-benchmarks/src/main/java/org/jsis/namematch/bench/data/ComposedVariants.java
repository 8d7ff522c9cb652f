package org.jsis.namematch.bench.data;

import java.lang.Character.UnicodeScript;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsis.namematch.bench.data.SharedSources.VariantCluster;
import org.jsis.namematch.bench.data.SharedSources.WikidataToken;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.romanise.Romanisations;
import org.jsis.namematch.bench.romanise.Romaniser;
import org.jsis.namematch.bench.synth.LocaleNames;

/**
 * Subsets of the development set built from real name words combined with a fixed seed: real
 * Russian surnames (Wikidata, through wd_russian_20) with Russian given names and patronymics
 * (Datafaker {@code ru}) written under every romanisation system; rigour's real spelling variants;
 * Russian company names; Ukrainian and Belarusian persons; foreign names written in Russian. Each
 * positive subset has hard negatives: another person sharing one name part (or, for siblings, the
 * patronymic and the surname).
 */
final class ComposedVariants {

    private static final Pattern SLAVIC_SURNAME = Pattern.compile("[а-яё]{2,}(ов|ев|ёв|ин|ын|ский|цкий)");
    private static final Pattern SLAVIC_SURNAME_LATIN =
            Pattern.compile(".*(ov|ev|yov|jov|in|yn|sky|skiy|skii|skij|ski|tsky|tskiy|tskii|tskij)");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-яё]{2,}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");
    private static final List<String> NATIONALITIES =
            List.of("RU", "RU", "RU", "RU", "RU", "RU", "KZ", "BY", "UA", "KG", "UZ", "TJ", "AM");
    private static final List<String> LIST_SYSTEMS = List.of("bgn_pcgn", "icao_doc_9303", "wikipedia", "mvd_310");

    /** Russian legal forms: abbreviation, full form, English equivalent (facts of Russian company law). */
    private static final Map<String, String[]> LEGAL_FORMS = Map.of(
            "ООО", new String[] {"Общество с ограниченной ответственностью", "LLC"},
            "АО", new String[] {"Акционерное общество", "JSC"},
            "ПАО", new String[] {"Публичное акционерное общество", "PJSC"},
            "ЗАО", new String[] {"Закрытое акционерное общество", "CJSC"},
            "ОАО", new String[] {"Открытое акционерное общество", "OJSC"});

    private final Path data;
    private final DevList dev;
    private final Random random;
    private final List<Romaniser> russian = Romanisations.russian();
    private final LocaleNames ru = LocaleNames.load(LocaleNames.Lang.RU);
    private final List<WikidataToken> wikidata;
    private final Set<String> russianOrigin = new HashSet<>();
    private final List<String> surnames = new ArrayList<>();
    private int systemCursor;

    ComposedVariants(Path data, DevList dev, Random random) {
        this.data = data;
        this.dev = dev;
        this.random = random;
        this.wikidata = SharedSources.wikidataTokens(data);
        for (WikidataToken t : wikidata) {
            String latin = fold(t.latin());
            boolean romanised = russian.stream()
                    .anyMatch(r -> fold(r.romanise(t.cyrillic())).equals(latin));
            if (romanised) {
                russianOrigin.add(t.cyrillic());
                if (SLAVIC_SURNAME.matcher(t.cyrillic()).matches()
                        && SLAVIC_SURNAME_LATIN.matcher(latin).matches()
                        && !surnames.contains(t.cyrillic())) {
                    surnames.add(t.cyrillic());
                }
            }
        }
    }

    private static String fold(String s) {
        return String.join("", Names.asciiTokens(s));
    }

    /** A Russian person: given name, patronymic and surname in Cyrillic, lower case. */
    private record Person(boolean female, String given, String patronymic, String surname) {

        String render(int order, boolean withPatronymic) {
            String g = Names.titleCase(given);
            String p = withPatronymic ? " " + Names.titleCase(patronymic) : "";
            String s = Names.titleCase(surname);
            return switch (order) {
                case 0 -> g + p + " " + s;
                case 1 -> s + " " + g + p;
                default -> s + ", " + g + p;
            };
        }

        Person withGiven(String g) {
            return new Person(female, g, patronymic, surname);
        }

        Person withSurname(String s) {
            return new Person(female, given, patronymic, s);
        }
    }

    private Person randomPerson() {
        boolean female = random.nextBoolean();
        String given = pick(female ? ru.femaleFirst() : ru.maleFirst());
        String patronymic = pick(female ? ru.femaleMiddle() : ru.maleMiddle());
        return new Person(female, lower(given), lower(patronymic), surname(pick(surnames), female));
    }

    /** The feminine form of a Russian surname when {@code female}: -ов → -ова, -ский → -ская. */
    static String surname(String masculine, boolean female) {
        if (!female) {
            return masculine;
        }
        if (masculine.endsWith("ий")) {
            return masculine.substring(0, masculine.length() - 2) + "ая";
        }
        return masculine + "а";
    }

    /**
     * Russian persons: the list holds the Cyrillic name, one Latin spelling, or both; each is queried
     * three times under systems taken in turn (GOST 7.79 A/B, BGN/PCGN, ALA-LC, ICAO, MVD 310/782,
     * GOST 52535, English press, French, German, Polish, or Cyrillic when the list has no Cyrillic
     * form), in any word order, with or without the patronymic, sometimes in capitals, sometimes with
     * birth date or nationality. One hard negative each.
     */
    void russianPersons(int count) {
        if (surnames.isEmpty()) {
            return;
        }
        Set<String> givenSurname = new HashSet<>();
        List<Person> people = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> dobs = new ArrayList<>();
        for (int attempt = 0; people.size() < count && attempt < count * 10; attempt++) {
            Person p = randomPerson();
            if (!givenSurname.add(p.given + " " + p.surname)) {
                continue;
            }
            int form = people.size() % 10;
            String cyrillic = p.render(0, true);
            Romaniser listSystem = Romanisations.schema(LIST_SYSTEMS.get(people.size() % LIST_SYSTEMS.size()));
            String latin = clean(listSystem.romanise(p.render(people.size() % 2 == 0 ? 0 : 2, true)));
            List<String> names = form < 4 ? List.of(cyrillic) : form < 7 ? List.of(latin) : List.of(cyrillic, latin);
            String dob = randomDob();
            String id = "ru-" + (people.size() + 1);
            if (dev.clashes(List.of(p.render(0, false)))
                    || !dev.add(new ListEntry(id, Kind.PERSON, names, List.of(dob), List.of(pick(NATIONALITIES))))) {
                continue;
            }
            dev.reserve(p.render(0, false), id);
            people.add(p);
            ids.add(id);
            dobs.add(dob);
            boolean hasCyrillic = form < 4 || form >= 7;
            for (int k = 0; k < 3; k++) {
                String system = nextSystem(hasCyrillic);
                boolean withPatronymic = random.nextDouble() >= 0.3;
                String q = render(p, system, random.nextInt(3), withPatronymic);
                String qDob = random.nextDouble() < 0.4 ? dob : null;
                String qNat = random.nextDouble() < 0.3 ? "RU" : null;
                dev.query(
                        "ru-romanised",
                        q,
                        null,
                        qDob,
                        qNat,
                        Set.of(id),
                        system + (withPatronymic ? "" : ", no patronymic"));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            russianHardNegative(people.get(i), ids.get(i), dobs.get(i), i % 3, givenSurname);
        }
    }

    private void russianHardNegative(Person p, String id, String dob, int type, Set<String> givenSurname) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Person other;
            String how;
            if (type == 2) {
                String s = surname(pick(surnames), p.female);
                if (!Names.clearlyDifferent(s, p.surname)) {
                    continue;
                }
                other = p.withSurname(s);
                how = "same given name and patronymic as " + id;
            } else {
                String g = lower(pick(p.female ? ru.femaleFirst() : ru.maleFirst()));
                if (!Names.clearlyDifferent(g, p.given)) {
                    continue;
                }
                other = type == 1
                        ? p.withGiven(g)
                        : new Person(
                                p.female, g, lower(pick(p.female ? ru.femaleMiddle() : ru.maleMiddle())), p.surname);
                how = (type == 1 ? "sibling (same patronymic and surname) of " : "same surname as ") + id;
            }
            if (givenSurname.contains(other.given + " " + other.surname)) {
                continue;
            }
            boolean withPatronymic = type == 1 || random.nextDouble() >= 0.3;
            String system = nextSystem(false);
            String q = render(other, system, random.nextInt(3), withPatronymic);
            String qDob = random.nextBoolean() ? otherDob(dob) : null;
            dev.query("ru-hard-negative", q, null, qDob, null, Set.of(), how + " (" + system + ")");
            return;
        }
    }

    private String nextSystem(boolean listHasCyrillic) {
        while (true) {
            int i = systemCursor++ % (russian.size() + 1);
            if (i == russian.size()) {
                if (!listHasCyrillic) {
                    return "cyrillic";
                }
                continue;
            }
            return russian.get(i).name();
        }
    }

    private String render(Person p, String system, int order, boolean withPatronymic) {
        String name = p.render(order, withPatronymic);
        if (!system.equals("cyrillic")) {
            name = clean(Romanisations.schema(system).romanise(name));
        }
        return random.nextDouble() < 0.25 ? name.toUpperCase(Locale.ROOT) : name;
    }

    /**
     * rigour's clusters (real spellings of one surname or patronymic across conventions): the entry
     * holds a Russian given name and the cluster's first Cyrillic form; each Latin spelling of the
     * same gender is a query, with the given name romanised by a system taken in turn.
     */
    void rigourVariants() {
        int n = 0;
        for (VariantCluster c : SharedSources.rigourClusters(data)) {
            List<String> cyrillic = c.forms().stream()
                    .filter(f -> Names.script(f) == UnicodeScript.CYRILLIC)
                    .toList();
            if (cyrillic.isEmpty()) {
                continue;
            }
            String word = cyrillic.get(0);
            boolean female = word.endsWith("а") || word.endsWith("я");
            String given = lower(pick(female ? ru.femaleFirst() : ru.maleFirst()));
            String id = "rigour-" + (++n);
            if (!dev.add(ListEntry.of(id, Kind.PERSON, Names.titleCase(given + " " + word)))) {
                continue;
            }
            for (String latin : c.forms()) {
                if (Names.script(latin) != UnicodeScript.LATIN || latin.endsWith("a") != female) {
                    continue;
                }
                Romaniser system = russian.get(systemCursor++ % russian.size());
                String g = clean(system.romanise(Names.titleCase(given)));
                String q = random.nextBoolean() ? g + " " + Names.titleCase(latin) : Names.titleCase(latin) + " " + g;
                dev.query(
                        "rigour-spellings",
                        q,
                        null,
                        null,
                        null,
                        Set.of(id),
                        c.wikidataId() + ", given name " + system.name());
            }
        }
    }

    /**
     * Russian companies: a legal form and a name of one or two words (a Wikidata name word, and
     * sometimes a generic trade word such as Трейд); the list holds the Cyrillic form; queries are
     * romanised with the legal form abbreviated, written out, in English or left off. Hard negatives
     * share the legal form and the generic word but not the distinctive word.
     */
    void russianOrganisations(int count) {
        List<String> forms =
                ru.legalForms().stream().filter(LEGAL_FORMS::containsKey).toList();
        List<String> generic = List.of("Трейд", "Снаб", "Пром", "Торг", "Строй", "Групп");
        List<String> words = wikidata.stream()
                .map(WikidataToken::cyrillic)
                .filter(w -> CYRILLIC_WORD.matcher(w).matches() && w.length() >= 4)
                .toList();
        if (forms.isEmpty() || words.isEmpty()) {
            return;
        }
        Set<String> cores = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String form = pick(forms);
            String core = Names.titleCase(pick(words));
            if (!cores.add(core)) {
                continue;
            }
            String trade = random.nextBoolean() ? " " + pick(generic) : "";
            String name = form + " «" + core + trade + "»";
            String id = "org-" + (i + 1);
            if (!dev.add(ListEntry.of(id, Kind.ORGANISATION, name))) {
                continue;
            }
            String q = organisationQuery(form, core + trade);
            Kind kind = random.nextBoolean() ? Kind.ORGANISATION : null;
            dev.query("ru-organisations", q, kind, null, null, Set.of(id), "");
            for (int attempt = 0; attempt < 20; attempt++) {
                String other = Names.titleCase(pick(words));
                if (Names.clearlyDifferent(other, core) && cores.add(other)) {
                    dev.query(
                            "org-hard-negative",
                            organisationQuery(form, other + trade),
                            kind,
                            null,
                            null,
                            Set.of(),
                            "same legal form" + (trade.isEmpty() ? "" : " and trade word") + " as " + id);
                    break;
                }
            }
        }
    }

    private String organisationQuery(String form, String core) {
        Romaniser system = russian.get(systemCursor++ % russian.size());
        String latinCore = clean(system.romanise(core));
        return switch (random.nextInt(5)) {
            case 0 -> clean(system.romanise(form)) + " " + latinCore;
            case 1 -> clean(system.romanise(form)) + " \"" + latinCore + "\"";
            case 2 -> clean(system.romanise(LEGAL_FORMS.get(form)[0])) + " " + latinCore;
            case 3 -> latinCore + " " + LEGAL_FORMS.get(form)[1];
            default -> latinCore;
        };
    }

    /**
     * Ukrainian and Belarusian persons (Datafaker {@code uk}, {@code be}): the list holds the
     * Cyrillic name; two queries under the national, ICAO and BGN/PCGN systems; one negative sharing
     * the surname.
     */
    void ukrainianBelarusian(int countEach) {
        for (LocaleNames.Lang lang : List.of(LocaleNames.Lang.UK, LocaleNames.Lang.BE)) {
            LocaleNames names = LocaleNames.load(lang);
            List<Romaniser> systems =
                    lang == LocaleNames.Lang.UK ? Romanisations.ukrainian() : Romanisations.belarusian();
            for (int i = 0; i < countEach; i++) {
                boolean female = random.nextBoolean();
                String given = pick(female ? names.femaleFirst() : names.maleFirst());
                String middle = pick(female ? names.femaleMiddle() : names.maleMiddle());
                String last = pick(female ? names.femaleLast() : names.maleLast());
                String id = lang.tag + "-" + (i + 1);
                if (dev.clashes(List.of(given + " " + last))
                        || !dev.add(ListEntry.of(id, Kind.PERSON, given + " " + middle + " " + last))) {
                    continue;
                }
                dev.reserve(given + " " + last, id);
                for (int k = 0; k < 2; k++) {
                    Romaniser system = systems.get((i * 2 + k) % systems.size());
                    String source = random.nextBoolean() ? given + " " + middle + " " + last : last + " " + given;
                    dev.query(
                            lang.tag + "-romanised",
                            clean(system.romanise(source)),
                            null,
                            null,
                            null,
                            Set.of(id),
                            system.name());
                }
                String other = pick(female ? names.femaleFirst() : names.maleFirst());
                if (Names.clearlyDifferent(other, given) && !dev.clashes(List.of(other + " " + last))) {
                    Romaniser system = systems.get(i % systems.size());
                    dev.query(
                            lang.tag + "-hard-negative",
                            clean(system.romanise(other + " " + last)),
                            null,
                            null,
                            null,
                            Set.of(),
                            "same surname as " + id + " (" + system.name() + ")");
                }
            }
        }
    }

    /**
     * Foreign names written in Russian (Wikidata labels through wd_russian_20, Russian-origin words
     * left out): the list holds two Latin words, the query their Russian spellings, sometimes
     * reordered. Negatives keep one word and replace the other with a clearly different one.
     */
    void wikidataForeignNames(int count) {
        List<WikidataToken> words = wikidata.stream()
                .filter(t -> t.frequency() >= 2)
                .filter(t -> !russianOrigin.contains(t.cyrillic()))
                .filter(t -> LATIN_WORD.matcher(t.latin()).matches()
                        && CYRILLIC_WORD.matcher(t.cyrillic()).matches())
                .toList();
        if (words.size() < 3) {
            return;
        }
        for (int i = 0; i < count; i++) {
            WikidataToken a = pick(words);
            WikidataToken b = pick(words);
            if (a.equals(b)) {
                continue;
            }
            String id = "wd-" + (i + 1);
            String latin = Names.titleCase(a.latin() + " " + b.latin());
            if (!dev.add(ListEntry.of(id, Kind.PERSON, latin))) {
                continue;
            }
            boolean reversed = random.nextDouble() < 0.25;
            WikidataToken first = reversed ? b : a;
            WikidataToken second = reversed ? a : b;
            dev.query(
                    "wikidata-en-ru",
                    Names.titleCase(first.cyrillic() + " " + second.cyrillic()),
                    null,
                    null,
                    null,
                    Set.of(id),
                    reversed ? "reordered" : "");
            if (i % 2 == 0) {
                for (int attempt = 0; attempt < 20; attempt++) {
                    WikidataToken c = pick(words);
                    String negativeLatin = a.latin() + " " + c.latin();
                    if (Names.clearlyDifferent(c.latin(), b.latin()) && dev.mostSharedWords(negativeLatin) <= 1) {
                        dev.query(
                                "wikidata-hard-negative",
                                Names.titleCase(a.cyrillic() + " " + c.cyrillic()),
                                null,
                                null,
                                null,
                                Set.of(),
                                "shares '" + a.latin() + "' with " + id);
                        break;
                    }
                }
            }
        }
    }

    private String randomDob() {
        LocalDate d = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
        return random.nextDouble() < 0.3 ? Integer.toString(d.getYear()) : d.toString();
    }

    private String otherDob(String dob) {
        int year = Integer.parseInt(dob.substring(0, 4));
        int other = year + (random.nextBoolean() ? 1 : -1) * (3 + random.nextInt(15));
        return LocalDate.of(other, 1, 1).plusDays(random.nextInt(365)).toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** BGN/PCGN's optional middle dot (Ty·ay·a) is left out, as everyday use does. */
    private static String clean(String s) {
        return s.replace("·", "");
    }
}

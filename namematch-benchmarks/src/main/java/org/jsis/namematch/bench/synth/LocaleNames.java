package org.jsis.namematch.bench.synth;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import net.datafaker.Faker;
import org.jsis.namematch.bench.data.Names;

/**
 * The name lists of one Datafaker locale: given names, patronymics and surnames by gender, and the
 * legal forms of company names. Read through Datafaker's own value service; a list that would fall
 * back to English (the locale lacks it) is refused by a script check.
 *
 * @param lang the locale
 * @param maleFirst male given names
 * @param femaleFirst female given names
 * @param maleMiddle male patronymics (empty when the locale has none)
 * @param femaleMiddle female patronymics (empty when the locale has none)
 * @param maleLast male surnames
 * @param femaleLast female surnames
 * @param legalForms legal forms of companies (empty when the locale has none)
 */
public record LocaleNames(
        Lang lang,
        List<String> maleFirst,
        List<String> femaleFirst,
        List<String> maleMiddle,
        List<String> femaleMiddle,
        List<String> maleLast,
        List<String> femaleLast,
        List<String> legalForms) {

    /** The Datafaker locales used, with their script, a country and whether a legal form precedes the name. */
    public enum Lang {
        RU("ru", UnicodeScript.CYRILLIC, "RU", true),
        UK("uk", UnicodeScript.CYRILLIC, "UA", true),
        BE("be", UnicodeScript.CYRILLIC, "BY", true),
        UZ("uz", UnicodeScript.LATIN, "UZ", false),
        TR("tr", UnicodeScript.LATIN, "TR", false),
        AR("ar", UnicodeScript.ARABIC, "IQ", false),
        FA("fa", UnicodeScript.ARABIC, "IR", false),
        HY("hy", UnicodeScript.ARMENIAN, "AM", false),
        KA("ka", UnicodeScript.GEORGIAN, "GE", false);

        public final String tag;
        public final UnicodeScript script;
        public final String country;
        public final boolean legalFormFirst;

        Lang(String tag, UnicodeScript script, String country, boolean legalFormFirst) {
            this.tag = tag;
            this.script = script;
            this.country = country;
            this.legalFormFirst = legalFormFirst;
        }
    }

    public static LocaleNames load(Lang lang) {
        Faker faker = new Faker(Locale.forLanguageTag(lang.tag));
        return switch (lang) {
            case RU, UK, BE, UZ ->
                new LocaleNames(
                        lang,
                        list(faker, lang, "name.male_first_name"),
                        list(faker, lang, "name.female_first_name"),
                        list(faker, lang, "name.male_middle_name"),
                        list(faker, lang, "name.female_middle_name"),
                        list(faker, lang, "name.male_last_name"),
                        list(faker, lang, "name.female_last_name"),
                        list(faker, lang, "company.prefix"));
            case HY -> {
                List<String> last = list(faker, lang, "name.last_name");
                List<String> male = list(faker, lang, "name.male_first_name");
                // Datafaker's Armenian patronymic pattern: the father's given name + ի (genitive).
                List<String> middle = male.stream().map(m -> m + "ի").toList();
                yield new LocaleNames(
                        lang,
                        male,
                        list(faker, lang, "name.female_first_name"),
                        middle,
                        middle,
                        last,
                        last,
                        list(faker, lang, "company.suffix"));
            }
            case KA -> {
                List<String> last = list(faker, lang, "name.last_name_base");
                yield new LocaleNames(
                        lang,
                        list(faker, lang, "name.male_first_name"),
                        list(faker, lang, "name.female_first_name"),
                        List.of(),
                        List.of(),
                        last,
                        last,
                        List.of());
            }
            case AR -> {
                List<String> last = list(faker, lang, "name.last_name");
                yield new LocaleNames(
                        lang,
                        list(faker, lang, "name.male_first_name"),
                        list(faker, lang, "name.female_first_name"),
                        List.of(),
                        List.of(),
                        last,
                        last,
                        list(faker, lang, "company.suffix"));
            }
            case FA -> {
                List<String> first = list(faker, lang, "name.first_name");
                List<String> last = list(faker, lang, "name.last_name");
                yield new LocaleNames(lang, first, first, List.of(), List.of(), last, last, List.of());
            }
            case TR -> {
                List<String> last = list(faker, lang, "name.last_name");
                yield new LocaleNames(
                        lang,
                        list(faker, lang, "name.male_first_name"),
                        list(faker, lang, "name.female_first_name"),
                        List.of(),
                        List.of(),
                        last,
                        last,
                        List.of());
            }
        };
    }

    /** The list under a Datafaker key, keeping plain names only (no initials, digits or expressions). */
    private static List<String> list(Faker faker, Lang lang, String key) {
        Object value = faker.fakeValuesService().fetchObject(key, faker.getContext());
        if (!(value instanceof List<?> raw) || raw.isEmpty()) {
            throw new IllegalStateException("Datafaker locale " + lang.tag + " has no list " + key);
        }
        List<String> names = raw.stream()
                .map(String::valueOf)
                .map(String::strip)
                .filter(s -> s.matches("[\\p{L}\\p{M}’'ʼ -]+"))
                .distinct()
                .toList();
        if (names.isEmpty() || Names.script(names.get(0)) != lang.script) {
            throw new IllegalStateException("Datafaker list " + key + " of " + lang.tag + " is not in " + lang.script
                    + " (a fallback to another locale?)");
        }
        return names;
    }
}

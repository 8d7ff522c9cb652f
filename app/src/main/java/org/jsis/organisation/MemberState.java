package org.jsis.organisation;

import java.util.Locale;

/**
 * A state that is or was a member.
 *
 * @param code ISO 3166-1 alpha-3 code, e.g. {@code KGZ}
 * @param alpha2 ISO 3166-1 alpha-2 code, e.g. {@code KG}
 * @param nameEn English short name
 * @param nameRu Russian short name
 * @param nameLocal name in the state language
 * @param localLanguage ISO 639-1 code of the state language
 */
public record MemberState(
        String code, String alpha2, String nameEn, String nameRu, String nameLocal, String localLanguage) {

    /** The name in {@code locale}'s language: Russian for {@code ru}, English otherwise. */
    public String name(Locale locale) {
        return Localized.pick(locale, nameEn, nameRu);
    }
}

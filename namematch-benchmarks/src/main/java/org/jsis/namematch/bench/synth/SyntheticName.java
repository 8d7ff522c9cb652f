package org.jsis.namematch.bench.synth;

import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.synth.LocaleNames.Lang;

/**
 * The parts of one generated name, kept so that query variants can be made from them.
 *
 * @param lang the Datafaker locale it comes from
 * @param kind person or organisation
 * @param first given name (persons) or the distinctive word (organisations)
 * @param middle patronymic, or {@code null}
 * @param last surname (persons) or the legal form (organisations)
 */
public record SyntheticName(Lang lang, Kind kind, String first, String middle, String last) {

    /** The name as the list writes it, in the locale's own script. */
    public String display() {
        if (kind == Kind.ORGANISATION) {
            return lang.legalFormFirst ? last + " «" + first + "»" : first + " " + last;
        }
        return middle == null ? first + " " + last : first + " " + middle + " " + last;
    }

    /** What identifies a person for ground truth: given name and surname (organisations: name and form). */
    public String identity() {
        return kind + "|" + first + "|" + last;
    }
}

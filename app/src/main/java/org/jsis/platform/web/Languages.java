package org.jsis.platform.web;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The console's languages: English (the default) and Russian. */
final class Languages {

    static final Locale DEFAULT = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private Languages() {}

    /** The supported locale of the same language as {@code locale}, or English. */
    static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }

    /** The best supported locale for an {@code Accept-Language} header, or English. */
    static Locale fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? DEFAULT : best;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}

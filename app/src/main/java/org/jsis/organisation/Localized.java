package org.jsis.organisation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Chooses between an English and a Russian text by locale. */
final class Localized {

    private Localized() {}

    static String pick(Locale locale, String en, String ru) {
        return "ru".equals(locale.getLanguage()) ? ru : en;
    }

    static @Nullable String pickNullable(Locale locale, @Nullable String en, @Nullable String ru) {
        return "ru".equals(locale.getLanguage()) && ru != null ? ru : en;
    }
}

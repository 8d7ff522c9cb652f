package org.jsis.border.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import org.jsis.border.DocumentData;

/** Name keys for exact comparisons: upper-case ASCII letters separated by single spaces. */
public final class Names {

    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Names() {}

    /** {@code "Erikssón-Nilsson  anna"} becomes {@code "ERIKSSON NILSSON ANNA"}. */
    public static String key(String name) {
        String s = isAscii(name) ? name : TO_LATIN.get().transliterate(Normalizer.normalize(name, Normalizer.Form.NFC));
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toUpperCase(s.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** surname|given names|birth date|nationality: equal keys are linked without the matcher. */
    public static String identityKey(DocumentData d) {
        return key(d.surname()) + "|" + key(d.givenNames()) + "|" + (d.birthDate() == null ? "" : d.birthDate()) + "|"
                + (d.nationality() == null ? "" : d.nationality());
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}

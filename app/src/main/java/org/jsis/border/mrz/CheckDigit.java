package org.jsis.border.mrz;

/**
 * ICAO 9303 part 3 check digits: each character's value (digits as such, {@code A}–{@code Z} as
 * 10–35, the filler {@code <} as 0) is multiplied by the repeating weights 7, 3, 1; the check digit
 * is the sum modulo 10.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {}

    /** The check digit of {@code field}, whose characters must be {@code 0-9}, {@code A-Z} or {@code <}. */
    public static int of(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: '" + c + "'");
    }
}

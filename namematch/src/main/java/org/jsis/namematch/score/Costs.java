package org.jsis.namematch.score;

import org.jsis.namematch.text.PhoneticKey;

/** Edit costs between symbols of romanised keys; see {@link TokenSimilarity}. */
final class Costs {

    private static final float[][] NEAR = new float[128][128];

    static {
        near(0.3f, "ei", "ou");
        near(0.4f, "ae", "ao");
        near(0.5f, "ai", "au", "eo", "eu", "io", "iu");
        near(0.15f, "yi");
        near(0.3f, "ye");
        near(0.4f, "gk", "kH", "gH", "dt", "bp", "vf", "sz", "Cs", "Cz", "Jz", "Js", "JC", "JH", "Jy", "dz");
        near(0.5f, "tJ", "ts");
        near(0.5f, "vu", "bv", "kq");
        near(0.6f, "mn", "lr", "ln");
    }

    private Costs() {}

    private static void near(float cost, String... pairs) {
        for (String p : pairs) {
            NEAR[p.charAt(0)][p.charAt(1)] = cost;
            NEAR[p.charAt(1)][p.charAt(0)] = cost;
        }
    }

    static double substitute(char a, char b, boolean abjadB) {
        if (a == b) {
            return 0;
        }
        if (a >= 128 || b >= 128) {
            return 1;
        }
        float near = NEAR[a][b];
        if (near > 0) {
            // an Arabic long vowel says little about its Latin vowel: Hussein, Husayn, Hosein
            return abjadB && (PhoneticKey.isVowel(b) || b == 'y') && (PhoneticKey.isVowel(a) || a == 'y')
                    ? Math.min(near, 0.3)
                    : near;
        }
        return 1;
    }

    /**
     * The cost of a symbol with no counterpart.
     *
     * @param missingFromAbjad whether the other side is an abjad, which leaves short vowels out
     */
    static double indel(char c, boolean missingFromAbjad) {
        if (PhoneticKey.isVowel(c)) {
            return missingFromAbjad ? 0.1 : 0.5;
        }
        if (c == 'y') {
            return missingFromAbjad ? 0.1 : 0.2;
        }
        if (c == 'H') {
            return 0.6;
        }
        return 1;
    }
}

package org.jsis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A token's form, checked without a regular expression, is RFC 6750's b64token of 32 to 512 characters. */
class TokensFormTests {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9\\-._~+/]{32,512}=*");

    private static boolean expected(String token) {
        return token.length() <= 520 && FORM.matcher(token).matches();
    }

    @Test
    void tokensAreWellFormedExactlyWhenTheyHaveTheDocumentedForm() {
        assertThat(Tokens.wellFormed(Tokens.generate())).isTrue();
        assertThat(Tokens.wellFormed("a".repeat(32))).isTrue();
        assertThat(Tokens.wellFormed("a".repeat(31))).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(512) + "==")).isTrue();
        assertThat(Tokens.wellFormed("a".repeat(513))).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(512) + "=".repeat(9))).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(40) + "=a")).isFalse();
        assertThat(Tokens.wellFormed("a".repeat(40) + " ")).isFalse();
        Random random = new Random(11);
        String alphabet = "aZ09-._~+/= %é";
        for (int i = 0; i < 100_000; i++) {
            int n = random.nextBoolean() ? random.nextInt(40) : 25 + random.nextInt(15);
            StringBuilder s = new StringBuilder();
            // mostly token characters, so that both answers come up often
            for (int k = 0; k < n; k++) {
                int bound = random.nextInt(10) == 0 ? alphabet.length() : 10;
                s.append(alphabet.charAt(random.nextInt(bound)));
            }
            String v = s.toString();
            assertThat(Tokens.wellFormed(v)).as(v).isEqualTo(expected(v));
        }
        for (int n : new int[] {500, 511, 512, 513, 520, 521}) {
            for (int pad = 0; pad < 12; pad++) {
                String v = "x".repeat(n) + "=".repeat(pad);
                assertThat(Tokens.wellFormed(v)).as("%d + %d", n, pad).isEqualTo(expected(v));
            }
        }
    }
}

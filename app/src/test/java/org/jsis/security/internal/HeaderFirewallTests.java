package org.jsis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link HeaderFirewall} answers as Spring Security's default header expressions, for every code point. */
class HeaderFirewallTests {

    // Spring Security 7's StrictHttpFirewall defaults, for comparison.
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheDefaultExpressionsJudgeIt() {
        int rejectedNames = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = "a" + Character.toString(cp) + "b";
            boolean name = NAME.matcher(s).matches();
            assertThat(HeaderFirewall.allowedName(s)).as("name U+%04X", cp).isEqualTo(name);
            assertThat(HeaderFirewall.allowedValue(s))
                    .as("value U+%04X", cp)
                    .isEqualTo(VALUE.matcher(s).matches());
            rejectedNames += name ? 0 : 1;
        }
        // control characters and unassigned code points exist: the comparison saw both answers
        assertThat(rejectedNames).isGreaterThan(65);
        assertThat(HeaderFirewall.allowedValue("a\tb")).isTrue();
        assertThat(HeaderFirewall.allowedName("a\tb")).isFalse();
        assertThat(HeaderFirewall.allowedValue("a\nb")).isFalse();
        assertThat(HeaderFirewall.allowedValue("")).isTrue();
    }

    @Test
    void randomStringsWithSurrogatesAreJudgedAsTheDefaultExpressionsJudgeThem() {
        Random random = new Random(42);
        char[] alphabet = {
            'a', 'Z', ' ', '\t', '\n', '\u0000', '\u007f', '\u00e9', '\u0378', '\ud83d', '\ude00', '\udbff', '\udfff',
            '\ud800', '\uffff', '\u2028'
        };
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(8);
            for (int k = 0; k < n; k++) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String v = s.toString();
            assertThat(HeaderFirewall.allowedName(v))
                    .as(v)
                    .isEqualTo(NAME.matcher(v).matches());
            assertThat(HeaderFirewall.allowedValue(v))
                    .as(v)
                    .isEqualTo(VALUE.matcher(v).matches());
        }
    }
}

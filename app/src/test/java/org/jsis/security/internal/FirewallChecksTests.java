package org.jsis.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's character checks give what Spring Security's own predicates give, on every input tried. */
class FirewallChecksTests {

    private static void sameAsSpring(List<String> inputs) {
        for (String s : inputs) {
            String shown = s.codePoints()
                    .mapToObj(cp -> String.format("U+%04X", cp))
                    .toList()
                    .toString();
            assertThat(FirewallChecks.assignedAndNotControl(s))
                    .as("header name %s", shown)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(s));
            assertThat(FirewallChecks.assignedAndNotControl(s))
                    .as("parameter name %s", shown)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_PARAMETER_NAMES.test(s));
            assertThat(FirewallChecks.headerValue(s))
                    .as("header value %s", shown)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(s));
        }
    }

    @Test
    void everyCharacterAloneAndAfterAsciiIsJudgedAsSpringSecurityJudgesIt() {
        List<String> inputs = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            inputs.add(ch);
            inputs.add("Bearer abc" + ch + "def");
        }
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp += 37) {
            inputs.add(new String(Character.toChars(cp)));
            inputs.add("x" + new String(Character.toChars(cp)) + "y");
        }
        // lone and reversed surrogates, the empty string
        inputs.addAll(List.of("", "\uD800", "a\uDC00b", "\uDC00\uD800", "\uD83D\uDE00", "\uDBFF\uDFFF"));
        sameAsSpring(inputs);
    }

    @Test
    void randomStringsAreJudgedAsSpringSecurityJudgesThem() {
        Random random = new Random(11);
        int[] pool = {
            'a', 'Z', '0', ' ', '\t', '\n', '\r', 0, 0x7f, 0x85, 0xa0, 0x378, 0x2028, 0xe000, 0xfffe, 0xd800, 0xdc00,
            0x1f600, 0xe0001, 0xe0080
        };
        List<String> inputs = new ArrayList<>();
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                s.appendCodePoint(pool[random.nextInt(pool.length)]);
            }
            inputs.add(s.toString());
        }
        sameAsSpring(inputs);
        Predicate<String> allowed = FirewallChecks::headerValue;
        assertThat(inputs.stream().filter(allowed)).isNotEmpty(); // both answers occur
        assertThat(inputs.stream().filter(allowed.negate())).isNotEmpty();
    }
}

package org.jsis.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit entry's query terms are stored and hashed as the JSON Jackson writes for the map; {@link
 * AuditChain#termsJson} writes plain terms itself and must give the same string for every input.
 */
class AuditTermsJsonTests {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    private static void assertSameAsJackson(Map<String, String> terms) {
        assertThat(AuditChain.termsJson(terms)).isEqualTo(JACKSON.writeValueAsString(terms));
    }

    @Test
    void everyCharacterOfTheFirstTwoPlanesOfInterestInKeysAndValues() {
        StringBuilder special = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            special.append(c);
        }
        special.append("\u2028\u2029\u200b\ufeff\uffff\ud83d\ude00\ud800\udfff Жанна 李 ع");
        for (int i = 0; i < special.length(); i++) {
            String c = String.valueOf(special.charAt(i));
            TreeMap<String, String> terms = new TreeMap<>();
            terms.put("name", "a" + c + "b");
            terms.put("k" + c, c);
            assertSameAsJackson(terms);
        }
    }

    @Test
    void typicalTermsAndRandomMixtures() {
        assertSameAsJackson(new TreeMap<>(
                Map.of("name", "Мохаммад Хасан Ахунд", "birthDate", "1965-03", "nationality", "AF", "kind", "PERSON")));
        assertSameAsJackson(new TreeMap<>(Map.of("received", "1", "inserted", "1", "duplicates", "0")));
        assertSameAsJackson(new TreeMap<>(Map.of("document", "KAZ N1234567", "url", "https://example.org/a?b=c")));
        String alphabet = "abcXYZ019 -_.,:;'\"\\/\t\n\r\u0000\u001f\u007fЖжé李\u2028\ud83d\ude00\ud800";
        SplittableRandom random = new SplittableRandom(20261128);
        for (int n = 0; n < 20_000; n++) {
            TreeMap<String, String> terms = new TreeMap<>();
            int count = 1 + random.nextInt(5);
            for (int t = 0; t < count; t++) {
                terms.put(randomString(random, alphabet), randomString(random, alphabet));
            }
            assertSameAsJackson(terms);
        }
    }

    private static String randomString(SplittableRandom random, String alphabet) {
        int length = random.nextInt(12);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // mostly plain characters, so that both paths are taken
            int limit = random.nextInt(4) == 0 ? alphabet.length() : 13;
            s.append(alphabet.charAt(random.nextInt(limit)));
        }
        return s.toString();
    }
}

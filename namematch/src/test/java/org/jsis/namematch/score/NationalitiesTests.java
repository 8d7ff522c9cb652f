package org.jsis.namematch.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalitiesTests {

    private static void check(String written, String code) {
        assertThat(Nationalities.standard().normalise(written)).as(written).isEqualTo(code);
    }

    @Test
    void normalise() {
        check("RU", "RU");
        check("rus", "RU");
        check("Russia", "RU");
        check("Россия", "RU");
        check("Kazakhstan", "KZ");
        check("KAZ", "KZ");
        check("Uzbekistan", "UZ");
        check("Kyrgyzstan", "KG");
        check("Tajikistan", "TJ");
        check("Armenia", "AM");
        check("Belarus", "BY");
        check("Afghanistan", "AF");
        check(" af ", "AF");
        check("Atlantis", "ATLANTIS");
    }
}

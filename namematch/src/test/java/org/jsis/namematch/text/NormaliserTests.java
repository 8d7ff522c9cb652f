package org.jsis.namematch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormaliserTests {

    private static void check(String raw, String expected) {
        assertThat(Normaliser.normalise(raw)).as(raw).isEqualTo(expected);
    }

    @Test
    void normalise() {
        check("Бордюжа Николай", "бордюжа николай");
        check("  PUTIN,   Vladimir ", "putin vladimir");
        check("Влади́мир", "владимир");
        check("Oʻzbekiston", "o'zbekiston");
        check("O’zbekiston", "o'zbekiston");
        check("O`zbekiston", "o'zbekiston");
        check("Oʼzbekiston", "o'zbekiston");
        check("ﬁrm", "firm");
        check("ООО «Ромашка»", "ооо ромашка");
        check("Abdul-Aziz", "abdul-aziz");
        check("Abdul–Aziz", "abdul-aziz");
        check("V.V. Putin", "v.v. putin");
        check("İlham", "ilham");
        check("مُحَمَّد", "محمد");
        check("احمدی‌نژاد", "احمدینژاد");
        check("", "");
        check("  ", "");
    }

    @Test
    void normalise_isIdempotentOnRandomMixedScripts() {
        Random random = new Random(20261127);
        for (int i = 0; i < 5_000; i++) {
            String s = RandomNames.mixedScript(random);
            String once = Normaliser.normalise(s);
            assertThat(Normaliser.normalise(once)).as("%s", s).isEqualTo(once);
        }
    }
}

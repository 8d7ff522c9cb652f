package org.jsis.namematch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameAnalyzerTests {

    private final NameAnalyzer analyzer = NameAnalyzer.uncached();

    /** Each token as original:ROLE, in order. */
    private static List<String> roles(ParsedName name) {
        return name.tokens().stream().map(t -> t.original() + ":" + t.role()).toList();
    }

    private void person(String name, String... expected) {
        assertThat(roles(analyzer.person(name))).as(name).containsExactly(expected);
    }

    private void organisation(String name, String... expected) {
        assertThat(roles(analyzer.organisation(name))).as(name).containsExactly(expected);
    }

    @Test
    void persons() {
        person("Бордюжа Николай Николаевич", "Бордюжа:NAME", "Николай:NAME", "Николаевич:PATRONYMIC");
        person("Nikolai Nikolayevich Bordyuzha", "Nikolai:NAME", "Nikolayevich:PATRONYMIC", "Bordyuzha:NAME");
        person("Roman Arkadyevich Abramovich", "Roman:NAME", "Arkadyevich:PATRONYMIC", "Abramovich:NAME");
        person("Roman Abramovich", "Roman:NAME", "Abramovich:NAME");
        person("İlham Heydər oğlu Əliyev", "İlham:NAME", "Heydər:PATRONYMIC", "oğlu:IGNORED", "Əliyev:NAME");
        person("Нұрсұлтан Әбішұлы Назарбаев", "Нұрсұлтан:NAME", "Әбішұлы:PATRONYMIC", "Назарбаев:NAME");
        person("PUTIN, Vladimir V.", "PUTIN:NAME", "Vladimir:NAME", "V:INITIAL");
        person("Путин В.В.", "Путин:NAME", "В:INITIAL", "В:INITIAL");
        person("Mullah Mohammad Omar", "Mullah:IGNORED", "Mohammad:NAME", "Omar:NAME");
        person("генерал-полковник Бордюжа", "генерал:IGNORED", "полковник:IGNORED", "Бордюжа:NAME");
        person("Ayman al-Zawahiri", "Ayman:NAME", "al:IGNORED", "Zawahiri:NAME");
        person("Osama bin Laden", "Osama:NAME", "bin:IGNORED", "Laden:NAME");
        person("Sheikh", "Sheikh:NAME");
        person("القذافي", "ال:IGNORED", "قذافي:NAME");
    }

    @Test
    void organisations() {
        organisation("ООО «Ромашка»", "ООО:IGNORED", "Ромашка:NAME");
        organisation("Romashka L.L.C.", "Romashka:NAME", "L.L.C:IGNORED");
        organisation(
                "Общество с ограниченной ответственностью Ромашка",
                "Общество:IGNORED",
                "с:IGNORED",
                "ограниченной:IGNORED",
                "ответственностью:IGNORED",
                "Ромашка:NAME");
        organisation(
                "Islamic Movement of Uzbekistan", "Islamic:NAME", "Movement:NAME", "of:IGNORED", "Uzbekistan:NAME");
        organisation("LLC", "LLC:NAME");
    }

    @Test
    void empty() {
        assertThat(analyzer.person("").tokens()).isEmpty();
        assertThat(analyzer.person(" ,. - ").tokens()).isEmpty();
        assertThat(analyzer.person("").isEmpty()).isTrue();
    }

    @Test
    void neverThrowsOnRandomMixedScripts() {
        Random random = new Random(42);
        for (int i = 0; i < 3_000; i++) {
            String s = RandomNames.mixedScript(random);
            ParsedName p = analyzer.person(s);
            ParsedName o = analyzer.organisation(s);
            assertThat(p.tokens()).hasSameSizeAs(o.tokens());
            // both readings from one split are the two parses
            assertThat(analyzer.both(s)).isEqualTo(new NameAnalyzer.Readings(p, o));
            for (NameToken t : p.tokens()) {
                assertThat(t.form().canonical()).matches("[a-z0-9_]*");
                assertThat(t.form().romanised()).isNotEmpty();
            }
        }
    }
}

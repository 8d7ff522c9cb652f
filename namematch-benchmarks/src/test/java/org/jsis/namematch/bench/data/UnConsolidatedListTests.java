package org.jsis.namematch.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.jsis.namematch.bench.eval.Kind;
import org.junit.jupiter.api.Test;

class UnConsolidatedListTests {

    static Path excerpt() {
        try {
            return Path.of(
                    UnConsolidatedListTests.class.getResource("/shared-excerpt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void read_individualsAndEntitiesWithAliasesDatesAndOriginalScript() {
        List<UnRecord> un = UnConsolidatedList.read(excerpt().resolve("un-consolidated/consolidated-2026-02-27.xml"));

        assertThat(un).extracting(UnRecord::id).containsExactly("TSi.001", "TSi.002", "TSi.003", "TSi.004", "TSe.001");
        UnRecord ivan = un.get(0);
        assertThat(ivan.kind()).isEqualTo(Kind.PERSON);
        assertThat(ivan.primaryName()).isEqualTo("IVAN PETROVICH SIDOROV");
        assertThat(ivan.aliases()).containsExactly("Ivan Sidorov");
        assertThat(ivan.originalScriptName()).isEqualTo("Иван Петрович Сидоров");
        assertThat(ivan.birthDates()).containsExactly("1970-05-01");
        assertThat(ivan.nationalities()).containsExactly("Russian Federation");
        assertThat(un.get(1).birthDates()).containsExactly("1960", "1961", "1962");
        assertThat(un.get(3).birthDates()).containsExactly("1990-02-03");
        UnRecord company = un.get(4);
        assertThat(company.kind()).isEqualTo(Kind.ORGANISATION);
        assertThat(company.names(true))
                .containsExactly(
                        "NORTHERN TRADING COMPANY", "NTC", "Northern Trade & Co", "Северная торговая компания");
        assertThat(company.entry(false).names()).doesNotContain("Северная торговая компания");
    }

    @Test
    void fixtures_expectTheEntryTheUntreatedRowNames() {
        ScreeningFixtures.Loaded f = ScreeningFixtures.load(
                excerpt().resolve("un-consolidated/consolidated-2026-02-27.xml"),
                excerpt().resolve("opensanctions/screening-fixtures"));

        assertThat(f.unresolved()).containsExactly("GONE PERSON");
        assertThat(f.dataset().queries())
                .extracting(q -> q.name() + " -> " + q.expected())
                .containsExactly(
                        "SIDOROV, IVAN PETROVICH -> [TSi.001]",
                        "JON SMITH -> [TSi.004]",
                        "IVAN SIDOROV -> [TSi.001]",
                        "Maria Lopez Garcia -> []",
                        "Пётр Ильич Соколов -> []");
        assertThat(f.dataset().queries()).allMatch(q -> q.kind() == Kind.PERSON);
        assertThat(f.dataset().list()).hasSize(5);
    }
}

package org.jsis.namematch.bench.romanise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IuliiaSchemaTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gost_779",
                "gost_779_alt",
                "bgn_pcgn",
                "ala_lc",
                "ala_lc_alt",
                "icao_doc_9303",
                "mvd_310",
                "mvd_310_fr",
                "mvd_782",
                "gost_52535",
                "wikipedia",
                "german_duden",
                "polish",
                "ukrainian_kmu_2010",
                "icao_9303_cyrillic"
            })
    void romanise_reproducesEverySampleOfTheSchema(String name) {
        IuliiaSchema schema = Romanisations.schema(name);
        assertThat(schema.samples()).isNotEmpty();
        for (String[] sample : schema.samples()) {
            assertThat(schema.romanise(sample[0])).as(name + ": " + sample[0]).isEqualTo(sample[1]);
        }
    }

    @Test
    void romanise_oneCasePerLine() {
        assertThat(Romanisations.schema("icao_doc_9303").romanise("БОРДЮЖА Николай"))
                .isEqualTo("BORDIUZHA Nikolai");
        assertThat(Romanisations.schema("german_duden").romanise("Бордюжа")).isEqualTo("Bordjuscha");
        assertThat(Romanisations.schema("mvd_310_fr").romanise("Бордюжа")).isEqualTo("Bordiouja");
        assertThat(Normalizer.normalize(Romanisations.schema("gost_779").romanise("Бордюжа"), Normalizer.Form.NFC))
                .isEqualTo("Bordûža");
        assertThat(Romanisations.schema("bgn_pcgn").romanise("Царнаев")).isEqualTo("Tsarnayev");
        assertThat(Romanisations.schema("icao_doc_9303").romanise("Царнаев")).isEqualTo("Tsarnaev");
        assertThat(Romanisations.schema("ukrainian_kmu_2010").romanise("Знам’янка"))
                .isEqualTo("Znamianka");
    }

    @Test
    void romanise_leavesWhatTheSchemaDoesNotCoverAlone() {
        assertThat(Romanisations.schema("icao_doc_9303").romanise("")).isEmpty();
        assertThat(Romanisations.schema("icao_doc_9303").romanise("Smith, 1970 (Ն)"))
                .isEqualTo("Smith, 1970 (Ն)");
    }

    @Test
    void russian_listsThirteenSystems() {
        List<Romaniser> systems = Romanisations.russian();
        assertThat(systems).hasSize(13);
        assertThat(systems.stream().map(Romaniser::name)).doesNotHaveDuplicates();
    }
}

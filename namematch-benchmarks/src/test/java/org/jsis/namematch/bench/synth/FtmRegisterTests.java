package org.jsis.namematch.bench.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FtmRegisterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SyntheticData.SyntheticList list;
    private static final FtmRegister FTM = new FtmRegister("synth");

    @BeforeAll
    static void generate() {
        list = new SyntheticData(SyntheticData.DEFAULT_SEED).list(3_000);
    }

    private static List<String> values(JsonNode props, String field) {
        List<String> out = new ArrayList<>();
        if (props.has(field)) {
            props.get(field).forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    @Test
    void lines_parseAndCarryTheEntrysNamesPartsDatesAndNationalities() {
        Random random = new Random(1);
        int persons = 0;
        int withFather = 0;
        int withAlias = 0;
        for (int i = 0; i < list.entries().size(); i++) {
            ListEntry e = list.entries().get(i);
            SyntheticName n = list.names().get(i);
            List<String> lines = FTM.lines(e, n, i, random);
            JsonNode entity = JSON.readTree(lines.get(0));
            JsonNode p = entity.get("properties");

            assertThat(entity.get("id").asString()).isEqualTo("synth-" + e.id());
            assertThat(entity.get("schema").asString()).isEqualTo(e.kind() == Kind.PERSON ? "Person" : "Organization");
            assertThat(values(p, "name")).containsExactly(e.names().get(0));
            assertThat(values(p, "alias"))
                    .isEqualTo(e.names().subList(1, e.names().size()));
            assertThat(values(p, "topics")).isNotEmpty();
            if (e.kind() == Kind.PERSON) {
                persons++;
                assertThat(values(p, "firstName")).containsExactly(n.first());
                assertThat(values(p, "lastName")).containsExactly(n.last());
                assertThat(values(p, "fatherName")).isEqualTo(n.middle() == null ? List.of() : List.of(n.middle()));
                assertThat(values(p, "birthDate")).isEqualTo(e.birthDates());
                assertThat(values(p, "nationality"))
                        .isEqualTo(e.nationalities().stream()
                                .map(String::toLowerCase)
                                .toList());
                withFather += n.middle() == null ? 0 : 1;
            } else {
                assertThat(p.has("firstName")).isFalse();
                assertThat(values(p, "topics")).containsExactly("crime.terror", "sanction");
            }
            withAlias += e.names().size() > 1 ? 1 : 0;
            assertThat(lines).hasSizeBetween(1, 2);
            if (lines.size() == 2) {
                JsonNode s = JSON.readTree(lines.get(1));
                assertThat(s.get("schema").asString()).isEqualTo("Sanction");
                assertThat(values(s.get("properties"), "entity")).containsExactly("synth-" + e.id());
                assertThat(values(s.get("properties"), "authorityId")).containsExactly("SYN-" + i);
            }
        }
        // the list's shape reaches the FtM lines: patronymics, romanised aliases, organisations
        assertThat(persons).isBetween(2_000, 2_900);
        assertThat(withFather).isGreaterThan(500);
        assertThat(withAlias).isGreaterThan(100);
    }

    @Test
    void lines_aboutHalfTheEntriesGetASanction() {
        Random random = new Random(2);
        int sanctions = 0;
        for (int i = 0; i < list.entries().size(); i++) {
            sanctions += FTM.lines(list.entries().get(i), list.names().get(i), i, random)
                            .size()
                    - 1;
        }
        assertThat(sanctions).isBetween(1_300, 1_700);
    }

    @Test
    void requestBody_carriesWhatTheQueryHasAndNothingElse() {
        JsonNode full = JSON.readTree(FtmRegister.requestBody(
                new Query("q1", "listed-ru", "Ivanov, Ivan", Kind.PERSON, "1970-05", "RU", Set.of("s1"), "")));
        assertThat(full.get("name").asString()).isEqualTo("Ivanov, Ivan");
        assertThat(full.get("kind").asString()).isEqualTo("PERSON");
        assertThat(full.get("birthDate").asString()).isEqualTo("1970-05");
        assertThat(full.get("nationality").asString()).isEqualTo("RU");
        assertThat(full.has("purpose")).isFalse();

        JsonNode bare = JSON.readTree(FtmRegister.requestBody(
                new Query("q2", "unlisted-ar", "نامر \"برزین\"", null, null, null, Set.of(), "")));
        assertThat(bare.get("name").asString()).isEqualTo("نامر \"برزین\"");
        assertThat(bare.size()).isEqualTo(1);
    }

    @Test
    void recallLine_namesTheExpectedEntriesByTheirFtmIds() {
        JsonNode line = JSON.readTree(FTM.recallLine(
                new Query("q1", "listed-tr", "Ali Yilmaz", Kind.PERSON, null, null, Set.of("s9", "s12"), "")));
        assertThat(line.get("body").get("name").asString()).isEqualTo("Ali Yilmaz");
        assertThat(values(line, "expected")).containsExactly("synth-s12", "synth-s9");
    }
}

package org.jsis.namematch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsis.namematch.bench.synth.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegisterFtmCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void write_splitsSyntheticDatasListIntoTwoFilesAndKeepsTheWarmUpsNamesOutOfTheMeasuredOnes(@TempDir Path dir)
            throws IOException {
        RegisterFtmCommand.Summary s = RegisterFtmCommand.write(4_000, 1_000, 600, 1_500, 50, 42, dir);

        List<JsonNode> first = read(dir.resolve("ftm-first.jsonl"));
        List<JsonNode> rest = read(dir.resolve("ftm-rest.jsonl"));
        List<JsonNode> entities = new ArrayList<>();
        first.stream()
                .filter(n -> !n.get("schema").asString().equals("Sanction"))
                .forEach(entities::add);
        int inFirst = entities.size();
        rest.stream()
                .filter(n -> !n.get("schema").asString().equals("Sanction"))
                .forEach(entities::add);
        assertThat(inFirst).isEqualTo(1_000);
        assertThat(entities).hasSize(4_000);
        assertThat(first.size() + rest.size() - entities.size()).isEqualTo(s.sanctions());
        // the entities are SyntheticData's list, in its order, with its names
        var list = new SyntheticData(42).list(4_000).entries();
        for (int i = 0; i < entities.size(); i++) {
            assertThat(entities.get(i).get("id").asString())
                    .isEqualTo("synth-" + list.get(i).id());
            assertThat(entities.get(i).get("properties").get("name").get(0).asString())
                    .isEqualTo(list.get(i).names().get(0));
        }

        List<JsonNode> measured = read(dir.resolve("queries.jsonl"));
        List<JsonNode> warmUp = read(dir.resolve("warm-up-queries.jsonl"));
        assertThat(measured).hasSize(600);
        assertThat(warmUp).hasSize(s.warmUpQueries()).hasSize(1_500 - s.warmUpDropped());
        Set<String> measuredNames = new HashSet<>();
        measured.forEach(
                q -> measuredNames.add(RegisterFtmCommand.key(q.get("name").asString())));
        assertThat(warmUp)
                .noneMatch(q -> measuredNames.contains(
                        RegisterFtmCommand.key(q.get("name").asString())));
        assertThat(measured).anyMatch(q -> q.has("birthDate")).anyMatch(q -> q.has("nationality"));

        Set<String> ids = new HashSet<>();
        entities.forEach(e -> ids.add(e.get("id").asString()));
        List<JsonNode> sample = read(dir.resolve("recall-sample.jsonl"));
        assertThat(sample).hasSize(50);
        for (JsonNode c : sample) {
            assertThat(c.get("expected").size()).isPositive();
            c.get("expected").forEach(id -> assertThat(ids).contains(id.asString()));
            assertThat(measured).anyMatch(q -> q.equals(c.get("body")));
        }
    }

    @Test
    void write_isReproducibleFromTheSeed(@TempDir Path a, @TempDir Path b) throws IOException {
        RegisterFtmCommand.write(1_500, 500, 200, 300, 20, 42, a);
        RegisterFtmCommand.write(1_500, 500, 200, 300, 20, 42, b);
        for (String f : List.of("ftm-first.jsonl", "ftm-rest.jsonl", "queries.jsonl", "warm-up-queries.jsonl")) {
            assertThat(Files.readString(a.resolve(f))).as(f).isEqualTo(Files.readString(b.resolve(f)));
        }
    }

    @Test
    void key_evensOutCaseCommasAndSpaces() {
        assertThat(RegisterFtmCommand.key(" IVANOV,  Ivan ")).isEqualTo(RegisterFtmCommand.key("ivanov ivan"));
        assertThat(RegisterFtmCommand.key("Ivan Ivanov")).isNotEqualTo(RegisterFtmCommand.key("Ivanov Ivan"));
    }
}

package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsis.audit.Actor;
import org.jsis.register.internal.EntityStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterExportIntegrationTests {

    @Autowired
    RegisterImports imports;

    @Autowired
    RegisterExports exports;

    @Autowired
    EntityStore store;

    @Autowired
    JdbcClient jdbc;

    private List<UUID> ids;

    @BeforeEach
    void loadDemoAndUnExcerpt() {
        jdbc.sql("DELETE FROM register_entity").update();
        imports.importFile(
                ImportRequest.of(ImportFormat.CSV, "RUS", "jsis-demo"),
                getClass().getResourceAsStream("/register/demo-organisations.csv"),
                ImportProgress.NONE,
                Actor.system("test"));
        imports.importFile(
                ImportRequest.of(ImportFormat.UN_XML, "RUS", null),
                getClass().getResourceAsStream("/register/un-consolidated-excerpt.xml"),
                ImportProgress.NONE,
                Actor.system("test"));
        ids = store.ids("true");
    }

    private String export(ExportFormat format) throws Exception {
        StringWriter out = new StringWriter();
        exports.export(format, ids, out);
        return out.toString();
    }

    @Test
    void followTheMoneyExportImportsBackToTheSameContent() throws Exception {
        String ftm = export(ExportFormat.FTM);
        ImportResult back = imports.importFile(
                ImportRequest.of(ImportFormat.FTM, "KGZ", "roundtrip"),
                new ByteArrayInputStream(ftm.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE,
                Actor.system("test"));
        assertThat(back.created()).isEqualTo(ids.size());
        String sql =
                "SELECT count(*) FROM register_%s x JOIN register_entity e ON e.id = x.entity_id WHERE e.owner_state = ?";
        for (String table : List.of("name", "designation", "source")) {
            assertThat(jdbc.sql(sql.formatted(table))
                            .param("KGZ")
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isEqualTo(jdbc.sql(sql.formatted(table))
                            .param("RUS")
                            .query(Integer.class)
                            .single());
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM register_relationship r JOIN register_entity e ON e.id = r.subject_id WHERE e.owner_state = 'KGZ' AND predicate = 'SUCCESSOR_OF'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void csvExportImportsBackWithTheSameDesignations() throws Exception {
        String csv = export(ExportFormat.CSV);
        assertThat(csv.lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).startsWith("source_ref,kind,name,"));
        ImportResult back = imports.importFile(
                ImportRequest.of(ImportFormat.CSV, "ARM", "roundtrip"),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE,
                Actor.system("test"));
        assertThat(back.created()).isEqualTo(ids.size());
        String sql =
                "SELECT count(*) FROM register_designation x JOIN register_entity e ON e.id = x.entity_id WHERE e.owner_state = ?";
        assertThat(jdbc.sql(sql).param("ARM").query(Integer.class).single())
                .isEqualTo(jdbc.sql(sql).param("RUS").query(Integer.class).single());
    }

    @Test
    void stixBundleHasValidIdsTerroristActorsAndResolvableRelationships() throws Exception {
        JsonNode bundle = JsonMapper.builder().build().readTree(export(ExportFormat.STIX));
        assertThat(bundle.get("type").asString()).isEqualTo("bundle");
        assertThat(bundle.get("id").asString()).matches("bundle--[0-9a-f-]{36}");
        Set<String> objectIds = new HashSet<>();
        int actors = 0;
        for (JsonNode o : bundle.get("objects")) {
            String id = o.get("id").asString();
            assertThat(id)
                    .matches(o.get("type").asString()
                            + "--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(o.get("spec_version").asString()).isEqualTo("2.1");
            assertThat(o.get("created").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            objectIds.add(id);
            if (o.get("type").asString().equals("threat-actor")) {
                actors++;
                if (o.get("name").asString().equals("Islamic Movement of Uzbekistan")) {
                    assertThat(o.get("threat_actor_types").get(0).asString()).isEqualTo("terrorist");
                    assertThat(o.get("aliases").toString()).contains("Исламское движение Узбекистана");
                    assertThat(o.get("external_references").toString()).contains("QDe.010");
                }
            }
        }
        assertThat(actors).isEqualTo(ids.size());
        assertThat(objectIds).anyMatch(id -> id.startsWith("identity--"));
        int relationships = 0;
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asString().equals("relationship")) {
                relationships++;
                assertThat(objectIds)
                        .contains(
                                o.get("source_ref").asString(),
                                o.get("target_ref").asString());
                assertThat(o.get("relationship_type").asString()).matches("[a-z0-9-]+");
            }
        }
        assertThat(relationships).isPositive();
    }
}

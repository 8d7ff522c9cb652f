package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsis.audit.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports the real, complete UN list when the shared data folder is present (skipped otherwise). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnFullListIntegrationTests {

    static final Path FULL_LIST = Path.of("/work/shared/data/un-consolidated/consolidated-2026-02-27.xml");

    @Autowired
    RegisterImports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheCompleteUnListAndReimportsItUnchanged() throws Exception {
        assumeTrue(Files.isReadable(FULL_LIST), "the full UN list is not available at " + FULL_LIST);
        jdbc.sql("DELETE FROM register_entity").update();
        ImportResult first;
        try (InputStream in = Files.newInputStream(FULL_LIST)) {
            first = imports.importFile(
                    ImportRequest.of(ImportFormat.UN_XML, "BLR", null), in, ImportProgress.NONE, Actor.system("test"));
        }
        assertThat(first.read()).isEqualTo(1003);
        assertThat(first.created()).isEqualTo(1003);
        assertThat(jdbc.sql("SELECT count(*) FROM register_entity WHERE kind = 'PERSON'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(730);
        assertThat(jdbc.sql("SELECT count(*) FROM register_entity WHERE kind = 'ORGANISATION'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(273);
        assertThat(jdbc.sql("SELECT count(DISTINCT qualifier) FROM register_birth_date")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM register_name WHERE script = 'Cyrl'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(11);
        ImportResult again;
        try (InputStream in = Files.newInputStream(FULL_LIST)) {
            again = imports.importFile(
                    ImportRequest.of(ImportFormat.UN_XML, "BLR", null), in, ImportProgress.NONE, Actor.system("test"));
        }
        assertThat(again.unchanged()).isEqualTo(1003);
        System.out.println("UN full list: " + first.summary() + "; again: " + again.summary());
    }
}

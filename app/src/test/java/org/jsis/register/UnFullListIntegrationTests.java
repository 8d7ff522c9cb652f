package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsis.audit.Actor;
import org.jsis.audit.Purpose;
import org.jsis.security.Visibility;
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

    @Autowired
    RegisterDemo demo;

    @Autowired
    RegisterScreening screening;

    @Autowired
    org.jsis.register.internal.RegisterIndex index;

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

        // The "done means": with the demo data and the real UN list loaded, a Russian romanisation of
        // the IMU and a Cyrillic spelling of a Taliban leader on the UN list find the right records.
        demo.load();
        index.reload(null);
        Visibility kazakh = new Visibility("KAZ", java.time.LocalDate.now());
        List<ScreeningHit> imu = screening.search(
                new ScreeningRequest(
                        "Islamskoye dvizheniye Uzbekistana", null, null, null, Purpose.BORDER_CHECK, null, null),
                kazakh);
        assertThat(imu).first().satisfies(h -> {
            assertThat(h.caption()).isEqualTo("Islamic Movement of Uzbekistan");
            assertThat(h.explanation()).isNotBlank();
        });
        List<ScreeningHit> akhund = screening.search(
                new ScreeningRequest(
                        "Мохаммад Хасан Ахунд", null, null, EntityType.PERSON, Purpose.BORDER_CHECK, null, null),
                kazakh);
        assertThat(akhund).first().satisfies(h -> {
            assertThat(h.designations()).extracting(Designation::reference).contains("TAi.002");
            assertThat(h.explanation()).isNotBlank();
        });
        System.out.println("IMU: " + imu.get(0).caption() + " " + imu.get(0).score() + " "
                + imu.get(0).explanation());
        System.out.println("Akhund: " + akhund.get(0).caption() + " "
                + akhund.get(0).score() + " " + akhund.get(0).explanation());
    }
}

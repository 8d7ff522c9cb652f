package org.jsis.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditVerification;
import org.jsis.audit.AuditVerifier;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportProgress;
import org.jsis.register.ImportRequest;
import org.jsis.register.RegisterDemo;
import org.jsis.register.RegisterImports;
import org.jsis.register.RegisterScreening;
import org.jsis.register.internal.RegisterIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * The screening path's start-up warm-up (issue 5): it runs real screenings through the screening path, every
 * statement of them (the hits' query with the audit entry's append, or the entry on its own) on the database,
 * and rolls them back: no audit entry, record or moved chain head stays, the trail verifies, and the health
 * component says what it did. The register is filled after start here (the test database starts empty), so the
 * test runs the warm-up itself, as the start does once the index is loaded.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jsis.register.screening.warm-up-millis=1500")
class ScreeningWarmUpIntegrationTests {

    @Autowired
    ScreeningWarmUp warmUp;

    @Autowired
    RegisterIndex index;

    @Autowired
    RegisterDemo demo;

    @Autowired
    RegisterScreening screening;

    @Autowired
    ObjectProvider<RequestMappingHandlerAdapter> mvc;

    @Autowired
    RegisterImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private record Trail(long entries, long records, long lists, List<String> heads) {}

    private Trail trail() {
        return new Trail(
                jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM audit_record_list")
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT chain || ':' || last_pos || ':' || last_seq FROM audit_chain ORDER BY chain")
                        .query(String.class)
                        .list());
    }

    private long sequence() {
        return jdbc.sql("SELECT last_value FROM audit_entry_seq")
                .query(Long.class)
                .single();
    }

    @Test
    void runsRealScreeningsOnTheDatabaseAndLeavesNothingBehind() throws Exception {
        jdbc.sql("DELETE FROM register_entity").update();
        demo.load();
        imports.importFile(
                ImportRequest.of(ImportFormat.UN_XML, "KAZ", null),
                getClass().getResourceAsStream("/register/un-consolidated-excerpt.xml"),
                ImportProgress.NONE,
                Actor.system("test"));
        index.reload(null);
        assertThat(index.size()).isPositive();
        Trail before = trail();
        long seqBefore = sequence();

        ScreeningWarmUp.Result result = warmUp.run();

        assertThat(result.failures()).as(result.ended()).isZero();
        assertThat(result.screenings()).isPositive();
        // The sampled records' own names, by an officer of their owner: the database confirms hits.
        assertThat(result.hits()).isPositive();
        // Each screening's append ran on the database (each drew its entry's seq, with or without hits)...
        assertThat(sequence() - seqBefore).isGreaterThanOrEqualTo(result.screenings());
        // ... and was rolled back with the hits' query: nothing of it stays.
        assertThat(trail()).isEqualTo(before);
        AuditVerification verified = new AuditVerifier(dataSource).verify();
        assertThat(verified.intact()).as(verified.message()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE username = :u")
                        .param("u", ScreeningWarmUp.USERNAME)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
        assertThat(warmUp.health().getDetails()).containsEntry("screenings", result.screenings());
    }

    @Test
    void healthIsOutOfServiceUntilTheWarmUpHasEnded() {
        ScreeningWarmUp fresh = new ScreeningWarmUp(index, screening, mvc, 300);
        assertThat(fresh.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        fresh.run();
        assertThat(fresh.health().getStatus()).isEqualTo(Status.UP);
    }
}

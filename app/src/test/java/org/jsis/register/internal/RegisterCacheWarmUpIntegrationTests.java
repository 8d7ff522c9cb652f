package org.jsis.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jsis.register.RegisterDemo;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cache warm-up loads what a screening reads into PostgreSQL's shared buffers: observed with the standard
 * {@code pg_buffercache} extension, after evicting those relations' buffers first (PostgreSQL 17's {@code
 * pg_buffercache_evict}), so that only the warm-up can have brought them back. Runs on the embedded PostgreSQL
 * only (skipped when JSIS_DB_URL names an external one: JSIS does not create extensions there, and observing
 * the buffers needs a superuser).
 */
@SpringBootTest
@Import(SecurityTestKit.class)
class RegisterCacheWarmUpIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    RegisterDemo demo;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void registerWithDataAndNothingOfItInTheBuffers() {
        String externalUrl = System.getenv("JSIS_DB_URL");
        assumeTrue(externalUrl == null || externalUrl.isBlank(), "covers the embedded PostgreSQL only");
        demo.load();
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_buffercache").update();
        jdbc.sql("CHECKPOINT").update();
        for (String relation : RegisterCacheWarmUp.RELATIONS) {
            jdbc.sql("""
                            SELECT count(pg_buffercache_evict(b.bufferid))
                              FROM pg_buffercache b
                             WHERE b.relfilenode = pg_relation_filenode(to_regclass(:r))
                               AND b.reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                            """).param("r", relation).query(Long.class).single();
        }
        assertThat(buffered().values()).as("buffers held before the warm-up").containsOnly(0L);
    }

    @Test
    void loadsEveryRelationAScreeningReadsIntoTheSharedBuffers() {
        RegisterCacheWarmUp warmUp = new RegisterCacheWarmUp(dataSource, true, true);
        assertThat(warmUp.state()).isEqualTo(RegisterCacheWarmUp.State.RUNNING);
        assertThat(new RegisterCacheHealthIndicator(warmUp).health().getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);

        warmUp.run();

        assertThat(warmUp.state()).isEqualTo(RegisterCacheWarmUp.State.DONE);
        assertThat(buffered()).isEqualTo(blocks());
        assertThat(blocks().values()).allMatch(n -> n > 0);
        assertThat(new RegisterCacheHealthIndicator(warmUp).health().getStatus())
                .isEqualTo(Status.UP);
        assertThat(warmUp.status()).containsEntry("state", "DONE").containsKey("loadedMegabytes");
    }

    @Test
    void loadsOnlyWhatFitsInItsBudgetAndPassesOverTheRest() {
        RegisterCacheWarmUp warmUp = new RegisterCacheWarmUp(dataSource, true, true);
        Map<String, Long> blocks = blocks();
        long pkey = blocks.get("register_entity_pkey") * 8192;

        RegisterCacheWarmUp.Report report = warmUp.warm(pkey);

        assertThat(report.relations())
                .extracting(RegisterCacheWarmUp.Loaded::relation, l -> l.blocks() > 0)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("register_entity_pkey", true),
                        org.assertj.core.groups.Tuple.tuple("register_designation_entity_idx", false),
                        org.assertj.core.groups.Tuple.tuple("register_designation", false),
                        org.assertj.core.groups.Tuple.tuple("register_entity", false));
        assertThat(report.loadedBytes()).isEqualTo(pkey);
        Map<String, Long> buffered = buffered();
        assertThat(buffered.get("register_entity_pkey")).isEqualTo(blocks.get("register_entity_pkey"));
        assertThat(buffered.get("register_entity")).isZero();
        assertThat(buffered.get("register_designation")).isZero();
    }

    @Test
    void switchedOffOrWithoutTheIndexItDoesNothingAndReportsUp() {
        for (RegisterCacheWarmUp warmUp : new RegisterCacheWarmUp[] {
            new RegisterCacheWarmUp(dataSource, false, true),
            // the index switched off (./jsis import's context): no screening will read these pages
            new RegisterCacheWarmUp(dataSource, true, false)
        }) {
            warmUp.afterSingletonsInstantiated();
            assertThat(warmUp.state()).isEqualTo(RegisterCacheWarmUp.State.DISABLED);
            assertThat(new RegisterCacheHealthIndicator(warmUp).health().getStatus())
                    .isEqualTo(Status.UP);
        }
        assertThat(buffered().values()).containsOnly(0L);
    }

    @Test
    void withoutTheExtensionItIsSkippedAndReportsUp() {
        jdbc.sql("DROP EXTENSION pg_prewarm").update();
        try {
            RegisterCacheWarmUp warmUp = new RegisterCacheWarmUp(dataSource, true, true);
            warmUp.run();
            assertThat(warmUp.state()).isEqualTo(RegisterCacheWarmUp.State.SKIPPED);
            assertThat(new RegisterCacheHealthIndicator(warmUp).health().getStatus())
                    .isEqualTo(Status.UP);
            assertThat(buffered().values()).containsOnly(0L);
        } finally {
            jdbc.sql("CREATE EXTENSION pg_prewarm").update();
        }
    }

    /** Each relation's size in blocks. */
    private Map<String, Long> blocks() {
        return RegisterCacheWarmUp.RELATIONS.stream()
                .collect(Collectors.toMap(
                        r -> r,
                        r -> jdbc.sql("SELECT pg_relation_size(to_regclass(:r)) / 8192")
                                .param("r", r)
                                .query(Long.class)
                                .single()));
    }

    /** Each relation's blocks held in the shared buffers now. */
    private Map<String, Long> buffered() {
        return RegisterCacheWarmUp.RELATIONS.stream()
                .collect(Collectors.toMap(
                        r -> r,
                        r -> jdbc.sql("""
                                        SELECT count(*) FROM pg_buffercache b
                                         WHERE b.relfilenode = pg_relation_filenode(to_regclass(:r))
                                           AND b.reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                                           AND b.relforknumber = 0
                                        """).param("r", r).query(Long.class).single()));
    }
}

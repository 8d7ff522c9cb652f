package org.jsis.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.jsis.namematch.NameQuery;
import org.jsis.register.RegisterDemo;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The name index loads in the background at start: until it is complete, health reports the component as
 * out of service and a screening answers 503 instead of a partial answer; then it holds every listed entity
 * that is not withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestKit.class)
class RegisterIndexLoadingIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegisterDemo demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void screeningWaitsForTheLoadThenAnswers503AndHealthSaysLoadingUntilReady() throws Exception {
        demo.load();
        RegisterIndex index = new RegisterIndex(dataSource, transactions, true, 100, 3, 200);
        RegisterIndexHealthIndicator health = new RegisterIndexHealthIndicator(index);
        assertThat(index.state()).isEqualTo(RegisterIndex.State.LOADING);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        long start = System.nanoTime();
        assertThatThrownBy(() -> index.search(NameQuery.builder("Taliban"), 10, s -> true))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("503")
                .hasMessageContaining("still loading");
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(100);

        index.afterSingletonsInstantiated();
        long deadline = System.currentTimeMillis() + 30_000;
        while (index.state() == RegisterIndex.State.LOADING && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(index.state()).isEqualTo(RegisterIndex.State.READY);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        int listed = jdbc.sql(
                        "SELECT count(*) FROM register_entity WHERE status = 'LISTED' AND withdrawn_at IS NULL AND"
                                + " EXISTS (SELECT 1 FROM register_name n WHERE n.entity_id = register_entity.id)")
                .query(Integer.class)
                .single();
        assertThat(index.size()).isEqualTo(listed).isPositive();
        assertThat(index.search(NameQuery.builder("Taliban"), 10, s -> true)).isNotEmpty();
    }
}

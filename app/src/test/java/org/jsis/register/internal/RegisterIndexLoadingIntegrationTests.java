package org.jsis.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jsis.namematch.Match;
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
 * that is not withdrawn. At most the configured number of searches run at once; the others wait their turn
 * and are all answered.
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
        RegisterIndex index = new RegisterIndex(dataSource, transactions, true, 100, 3, 200, 0);
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

    @Test
    void searchesBeyondTheLimitWaitTheirTurnAndAllComplete() throws Exception {
        demo.load();
        RegisterIndex index = new RegisterIndex(dataSource, transactions, true, 5_000, 2, 0, 2);
        index.reload(null);
        assertThat(index.state()).isEqualTo(RegisterIndex.State.READY);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            // Two searches take both turns and stay inside the search (in the visibility check of their
            // candidates) until released.
            CountDownLatch inside = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            List<Future<List<Match>>> searches = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                AtomicBoolean entered = new AtomicBoolean();
                searches.add(pool.submit(() -> index.search(NameQuery.builder("Taliban"), 10, s -> {
                    if (entered.compareAndSet(false, true)) {
                        inside.countDown();
                    }
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            // Three more wait for a turn: none of them gets into the search while the two hold theirs.
            AtomicInteger ranWhileHeld = new AtomicInteger();
            for (int i = 0; i < 3; i++) {
                searches.add(pool.submit(() -> index.search(NameQuery.builder("Taliban"), 10, s -> {
                    if (release.getCount() > 0) {
                        ranWhileHeld.incrementAndGet();
                    }
                    return true;
                })));
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (index.searchesWaiting() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(index.searchesWaiting()).isEqualTo(3);
            assertThat(ranWhileHeld).hasValue(0);

            // Released, every search is answered, none refused.
            release.countDown();
            for (Future<List<Match>> search : searches) {
                assertThat(search.get(30, TimeUnit.SECONDS)).isNotEmpty();
            }
            assertThat(ranWhileHeld).hasValue(0);
            assertThat(index.searchesWaiting()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Background import jobs live in PostgreSQL: their progress and result show on any node (another {@link
 * ImportJobs} on the same database, as a second node or the node after a restart), and a job whose node
 * stopped while it was queued or running shows, and is stored, as failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SecurityTestKit.class)
class ImportJobsIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    RegisterImports imports;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityTestKit kit;

    private ImportJobs otherNode() {
        return new ImportJobs(imports, dataSource, transactions, false);
    }

    private ImportJobs.Job awaitFinished(ImportJobs on, UUID id, SecurityTestKit.TestUser user) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            ImportJobs.Job job = on.find(id, user.caller()).orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish in 30 s");
    }

    @Test
    void aFinishedJobAndItsResultShowOnAnotherNode() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("ARM", Role.ANALYST);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ImportJobs.Job started = jobs.start(
                ImportRequest.of(ImportFormat.CSV, "ARM", "jobs-" + unique),
                ("source_ref,kind,name\nj-" + unique + ",organisation,Jobs Test " + unique + "\n")
                        .getBytes(StandardCharsets.UTF_8),
                "jobs.csv",
                analyst.caller());
        assertThat(started.state()).isIn("QUEUED", "RUNNING", "DONE");

        ImportJobs.Job done = awaitFinished(otherNode(), started.id(), analyst);
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.fileName()).isEqualTo("jobs.csv");
        assertThat(done.result()).isNotNull();
        assertThat(done.result().created()).isEqualTo(1);
        assertThat(done.result().source()).isEqualTo("jobs-" + unique);
        assertThat(otherNode().find(started.id(), kit.user("ARM", Role.ANALYST).caller()))
                .as("only the user who started it sees a job")
                .isEmpty();
    }

    @Test
    void aBrokenFileFailsTheJobNamingTheLineAndWritesNothing() throws Exception {
        SecurityTestKit.TestUser analyst = kit.user("ARM", Role.ANALYST);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ImportJobs.Job started = jobs.start(
                ImportRequest.of(ImportFormat.CSV, "ARM", "jobs-broken-" + unique),
                ("source_ref,kind,name\nb1-" + unique + ",organisation,Fine\nb2-" + unique + ",vessel,Broken\n")
                        .getBytes(StandardCharsets.UTF_8),
                "broken.csv",
                analyst.caller());
        ImportJobs.Job failed = awaitFinished(jobs, started.id(), analyst);
        assertThat(failed.state()).isEqualTo("FAILED");
        assertThat(failed.error()).contains("line 3");
        assertThat(jdbc.sql("SELECT count(*) FROM register_entity WHERE source_system = :s")
                        .param("s", "jobs-broken-" + unique)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aJobWhoseNodeStoppedShowsAsFailedAndIsStoredSo() {
        SecurityTestKit.TestUser analyst = kit.user("ARM", Role.ANALYST);
        UUID lost = insertRunning(analyst, "now() - interval '5 minutes'");
        UUID alive = insertRunning(analyst, "now()");

        ImportJobs restarted = otherNode();
        ImportJobs.Job shown = restarted.find(lost, analyst.caller()).orElseThrow();
        assertThat(shown.state()).isEqualTo("FAILED");
        assertThat(shown.error()).contains("stopped before it finished");
        assertThat(restarted.find(alive, analyst.caller()).orElseThrow().state())
                .as("a job another live node runs shows its progress")
                .isEqualTo("RUNNING");

        assertThat(restarted.failLost()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT state FROM register_import_job WHERE id = :id")
                        .param("id", lost)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT state FROM register_import_job WHERE id = :id")
                        .param("id", alive)
                        .query(String.class)
                        .single())
                .isEqualTo("RUNNING");
        jdbc.sql("DELETE FROM register_import_job WHERE id = :id")
                .param("id", alive)
                .update();
    }

    /** A job row as a node writes it while importing, with the given heartbeat (an SQL expression). */
    private UUID insertRunning(SecurityTestKit.TestUser user, String heartbeat) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO register_import_job (id, user_id, owner_state, file_name, format, state, phase, done, total,
                                                         node, heartbeat_at)
                        VALUES (:id, :user, 'ARM', 'big.jsonl', 'FTM', 'RUNNING', 'writing', 10, 100, 'another-node', %s)
                        """.formatted(heartbeat))
                .param("id", id)
                .param("user", user.id())
                .update();
        return id;
    }
}

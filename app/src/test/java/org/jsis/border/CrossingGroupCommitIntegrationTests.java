package org.jsis.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditVerification;
import org.jsis.audit.AuditVerifier;
import org.jsis.border.internal.CrossingGroupCommit;
import org.jsis.border.internal.CrossingStore;
import org.jsis.border.stay.Direction;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The group commit of single crossings (issue 6) on the real database: concurrent crossings written in one
 * transaction must be recorded as the same requests one by one would be (each once, with exactly one audit
 * entry naming it, in chains that verify), a retried or conflicting id in a group must be answered as a
 * retry or a conflict, and a group whose transaction fails must keep nothing and leave each crossing to be
 * written on its own. The group commit here gathers for up to a second with one group at a time, so the
 * concurrent submissions of a test come together in one group.
 */
@SpringBootTest
@Import(SecurityTestKit.class)
class CrossingGroupCommitIntegrationTests {

    @Autowired
    SecurityTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    CrossingStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditLog audit;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

    /** A group commit that waits up to a second for its group (at most 16, one group at a time), and its user. */
    private CrossingGroupCommit gathering() {
        return new CrossingGroupCommit(store, true, 16, 1, 1_000_000);
    }

    private Crossings crossings(CrossingGroupCommit groups) {
        return new Crossings(checkpoints, store, transactions, audit, groups);
    }

    private long checkpoint(String code) {
        return checkpoints.byCode(code).orElseThrow().id();
    }

    /** A birth date in the 1880s: no other test's traveller is born then. */
    private static LocalDate freshBirthDay() {
        return LocalDate.of(1880, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
    }

    private static String docNumber() {
        return "G" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    private CrossingSubmission crossing(UUID id, Direction direction, Instant at, DocumentData d, String distribution) {
        return new CrossingSubmission(
                id, direction, checkpoint("KAZ-KORDAI"), at, d, "TOURISM", distribution, List.of());
    }

    private static DocumentData document(String number, String surname, LocalDate birth) {
        return new DocumentData("PASSPORT", number, "KGZ", null, surname, "ASAN", null, null, birth, "M", "KGZ");
    }

    /** Submits every crossing at once, each from its own thread; answers each one's result or failure. */
    private static List<Object> submitTogether(Crossings crossings, Caller caller, List<CrossingSubmission> all)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(all.size());
        try {
            CountDownLatch ready = new CountDownLatch(all.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IngestResult>> futures = new ArrayList<>();
            for (CrossingSubmission s : all) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return crossings.record(List.of(s), caller);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<IngestResult> f : futures) {
                try {
                    out.add(f.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    out.add(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    private List<String> auditEntriesNaming(UUID id) {
        return jdbc.sql("""
                        SELECT e.action || ' ' || e.query_terms FROM audit_entry e
                        JOIN audit_record r ON r.entry_seq = e.seq
                        WHERE r.record_type = 'border-crossing' AND r.record_id = :id ORDER BY e.seq
                        """).param("id", id.toString()).query(String.class).list();
    }

    private static final String RECORDED =
            "border.crossing.record {\"duplicates\":\"0\",\"inserted\":\"1\",\"received\":\"1\"}";
    private static final String RETRIED =
            "border.crossing.record {\"duplicates\":\"1\",\"inserted\":\"0\",\"received\":\"1\"}";

    private void assertChainsVerify() {
        AuditVerification verified = new AuditVerifier(dataSource).verify();
        assertThat(verified.intact()).as(verified.message()).isTrue();
    }

    @Test
    void concurrentCrossingsAreRecordedInOneGroupAsOneByOneEachWithOneAuditEntry() throws Exception {
        CrossingGroupCommit groups = gathering();
        Crossings crossings = crossings(groups);
        Caller caller = kit.user("KAZ", Role.OFFICER).caller();
        LocalDate birth = freshBirthDay();
        // Two crossings of one new document, two new documents of people with the same name and birth day
        // (the second is linked EXACT to the first's traveller, as one after the other), and a known document.
        LocalDate twins = freshBirthDay();
        String shared = docNumber();
        String known = docNumber();
        LocalDate knownBirth = freshBirthDay();
        IngestResult first = crossings(new CrossingGroupCommit(store, false, 1, 1, 0))
                .record(
                        List.of(crossing(
                                UUID.randomUUID(),
                                Direction.ENTRY,
                                now.minusSeconds(3600),
                                document(known, "KNOWNOV", knownBirth),
                                "ALL_MEMBERS")),
                        caller);
        assertThat(first.inserted()).isEqualTo(1);
        List<CrossingSubmission> all = List.of(
                crossing(UUID.randomUUID(), Direction.ENTRY, now, document(shared, "SHAREDOV", birth), "ALL_MEMBERS"),
                crossing(
                        UUID.randomUUID(),
                        Direction.EXIT,
                        now.plusSeconds(60),
                        document(shared, "SHAREDOV", birth),
                        "ALL_MEMBERS"),
                crossing(
                        UUID.randomUUID(), Direction.ENTRY, now, document(docNumber(), "TWINOV", twins), "ALL_MEMBERS"),
                crossing(
                        UUID.randomUUID(), Direction.ENTRY, now, document(docNumber(), "TWINOV", twins), "ALL_MEMBERS"),
                crossing(
                        UUID.randomUUID(), Direction.EXIT, now, document(known, "KNOWNOV", knownBirth), "ALL_MEMBERS"));

        List<Object> results = submitTogether(crossings, caller, all);

        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(new IngestResult(1, 1, 0)));
        CrossingGroupCommit.Stats stats = groups.stats();
        assertThat(stats.crossings()).isEqualTo(5);
        assertThat(stats.failed()).isZero();
        assertThat(stats.singly()).as("every crossing recorded by its group").isZero();
        assertThat(stats.largest()).as("the concurrent crossings came together").isGreaterThan(1);
        for (CrossingSubmission s : all) {
            assertThat(count("SELECT count(*) FROM border_crossing WHERE id = :v", s.id()))
                    .isEqualTo(1);
            assertThat(auditEntriesNaming(s.id())).containsExactly(RECORDED);
        }
        assertThat(count("SELECT count(*) FROM border_document WHERE number = :v", shared))
                .isEqualTo(1);
        // One traveller for the shared document, and one for both namesakes born the same day: linked as one by one.
        assertThat(count("SELECT count(DISTINCT traveller_id) FROM border_crossing WHERE birth_date = :v", birth))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM border_traveller WHERE birth_date = :v", birth))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM border_traveller WHERE birth_date = :v", twins))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT link_method FROM border_document WHERE birth_date = :v ORDER BY id")
                        .param("v", twins)
                        .query(String.class)
                        .list())
                .containsExactly("NEW", "EXACT");
        assertThat(count("SELECT count(DISTINCT traveller_id) FROM border_crossing WHERE birth_date = :v", knownBirth))
                .isEqualTo(1);
        assertChainsVerify();
    }

    @Test
    void aRetriedAndAConflictingIdInAGroupAreAnsweredAsARetryAndAConflict() throws Exception {
        CrossingGroupCommit groups = gathering();
        Crossings crossings = crossings(groups);
        Caller caller = kit.user("KAZ", Role.OFFICER).caller();
        DocumentData d = document(docNumber(), "RETRYOV", freshBirthDay());
        CrossingSubmission recorded = crossing(UUID.randomUUID(), Direction.ENTRY, now, d, "ALL_MEMBERS");
        assertThat(crossings.record(List.of(recorded), caller).inserted()).isEqualTo(1);
        CrossingSubmission conflicting = crossing(recorded.id(), Direction.ENTRY, now.plusSeconds(5), d, "ALL_MEMBERS");
        UUID twice = UUID.randomUUID();
        CrossingSubmission newOne = crossing(twice, Direction.EXIT, now.plusSeconds(120), d, "ALL_MEMBERS");
        CrossingSubmission other = crossing(
                UUID.randomUUID(),
                Direction.ENTRY,
                now,
                document(docNumber(), "OTHEROV", freshBirthDay()),
                "ALL_MEMBERS");
        List<CrossingSubmission> all = List.of(recorded, conflicting, newOne, newOne, other);
        long groupsBefore = groups.stats().groups();

        List<Object> results = submitTogether(crossings, caller, all);

        // The retry of the recorded crossing, and one of the two submissions of the new id, are retries; the
        // same id with other content is a conflict; the rest is recorded.
        assertThat(results.get(0)).isEqualTo(new IngestResult(1, 0, 1));
        assertThat(results.get(1)).isInstanceOf(CrossingConflictException.class);
        assertThat(List.of(results.get(2), results.get(3)))
                .containsExactlyInAnyOrder(new IngestResult(1, 1, 0), new IngestResult(1, 0, 1));
        assertThat(results.get(4)).isEqualTo(new IngestResult(1, 1, 0));
        assertThat(groups.stats().groups() - groupsBefore)
                .as("the five came together in fewer groups")
                .isLessThan(5);
        assertThat(groups.stats().failed()).isZero();
        assertThat(groups.stats().singly())
                .as("the retries and the conflict are answered on their own")
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = :v", recorded.id()))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT crossed_at FROM border_crossing WHERE id = :v")
                        .param("v", recorded.id())
                        .query(Instant.class)
                        .single())
                .as("the conflict changed nothing")
                .isEqualTo(now);
        assertThat(auditEntriesNaming(recorded.id())).containsExactly(RECORDED, RETRIED);
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = :v", twice))
                .isEqualTo(1);
        assertThat(auditEntriesNaming(twice)).containsExactly(RECORDED, RETRIED);
        assertThat(auditEntriesNaming(other.id())).containsExactly(RECORDED);
        assertChainsVerify();
    }

    @Test
    void aGroupWhoseTransactionFailsKeepsNothingAndEachCrossingIsThenWrittenOnItsOwn() throws Exception {
        Caller caller = kit.user("KAZ", Role.OFFICER).caller();
        LocalDate birth = freshBirthDay();
        // A distribution the table's CHECK refuses: the statement of that crossing fails (the API never sends
        // one; here it stands for any failure of one crossing of a group).
        CrossingSubmission good = crossing(
                UUID.randomUUID(), Direction.ENTRY, now, document(docNumber(), "GOODOV", birth), "ALL_MEMBERS");
        CrossingSubmission bad = crossing(
                UUID.randomUUID(), Direction.ENTRY, now, document(docNumber(), "BADOV", freshBirthDay()), "NOBODY");

        // The store alone: the group's transaction fails as a whole, the good crossing's statement included.
        assertThatThrownBy(() -> store.recordGroup(List.of(single(good, caller), single(bad, caller))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = :v", good.id()))
                .isZero();
        assertThat(count("SELECT count(*) FROM border_traveller WHERE birth_date = :v", birth))
                .isZero();
        assertThat(auditEntriesNaming(good.id())).isEmpty();

        // Through the group commit: the good crossing is recorded on its own, the bad one fails on its own.
        CrossingGroupCommit groups = gathering();
        Crossings crossings = crossings(groups);
        List<Object> results = submitTogether(crossings, caller, List.of(good, bad));
        assertThat(results.get(0)).isEqualTo(new IngestResult(1, 1, 0));
        assertThat(results.get(1)).isInstanceOf(IllegalStateException.class);
        assertThat(groups.stats().failed()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = :v", good.id()))
                .isEqualTo(1);
        assertThat(auditEntriesNaming(good.id())).containsExactly(RECORDED);
        assertThat(count("SELECT count(*) FROM border_crossing WHERE id = :v", bad.id()))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM border_document WHERE number = :v",
                        bad.document().number()))
                .isZero();
        assertThat(auditEntriesNaming(bad.id())).isEmpty();
        assertChainsVerify();
    }

    private CrossingStore.Single single(CrossingSubmission s, Caller caller) {
        return new CrossingStore.Single(
                s,
                checkpoints.byId(s.checkpointId()).orElseThrow(),
                caller.username(),
                audit.prepare(org.jsis.audit.AuditEntry.of("border.crossing.record")
                        .withTerm("received", 1)
                        .withTerm("inserted", 1)
                        .withTerm("duplicates", 0)
                        .withRecords(List.of(org.jsis.audit.AuditedRecord.of(
                                "border-crossing",
                                s.id(),
                                checkpoints.byId(s.checkpointId()).orElseThrow().stateCode())))
                        .by(caller)));
    }
}

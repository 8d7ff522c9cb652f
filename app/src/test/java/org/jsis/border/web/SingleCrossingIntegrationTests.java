package org.jsis.border.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jsis.border.web.BorderFixtures.crossing;
import static org.jsis.border.web.BorderFixtures.docNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jsis.audit.AuditVerification;
import org.jsis.audit.AuditVerifier;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.Crossings;
import org.jsis.border.DocumentData;
import org.jsis.border.IngestResult;
import org.jsis.border.internal.TravellerLinker;
import org.jsis.border.stay.Direction;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The single-crossing API's one-statement path (issue 6): when the document is known, or new and linked
 * without the matcher (no one born that day, or someone with the same identity key), the crossing, the new
 * traveller and document and the audit entry are written by one statement; otherwise the JVM's linker
 * decides. Its outcomes must be those of the linker and of the bulk path, and every crossing recorded must
 * have exactly one audit entry naming it, in a chain that verifies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class SingleCrossingIntegrationTests {

    @Autowired
    SecurityTestKit kit;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Crossings crossings;

    final Instant now = Instant.now().minusSeconds(60);

    private final Map<String, SecurityTestKit.TestUser> officers = new HashMap<>();

    private RequestPostProcessor officer(String state) {
        return officers.computeIfAbsent(state, s -> kit.user(s, Role.OFFICER)).bearer();
    }

    /** A birth date in the 1890s: no other test's traveller is born then, so the day's travellers are this test's. */
    static String freshBirthDay() {
        return LocalDate.of(1890, 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(3650))
                .toString();
    }

    @Test
    void aNewDocumentOfSomeoneBornOnAnEmptyDayIsANewTravellerAndTheCrossingIsAuditedOnce() throws Exception {
        String birth = freshBirthDay();
        UUID id = UUID.randomUUID();
        String number = docNumber();
        record(crossing(id, "ENTRY", "KAZ-KORDAI", now, number, "KGZ", "TOKTOGULOV", "ALMAZ", birth, "KGZ"));
        assertThat(document(number)).containsExactly("NEW", "no known traveller born on " + birth, "null");
        assertThat(travellersBornOn(birth)).hasSize(1);
        assertThat(auditEntriesNaming(id))
                .containsExactly("border.crossing.record {\"duplicates\":\"0\",\"inserted\":\"1\",\"received\":\"1\"}");

        // The retry changes nothing and is audited as a retry (its own entry).
        assertThat(post(crossing(id, "ENTRY", "KAZ-KORDAI", now, number, "KGZ", "TOKTOGULOV", "ALMAZ", birth, "KGZ")))
                .hasStatus(HttpStatus.OK);
        assertThat(auditEntriesNaming(id))
                .containsExactly(
                        "border.crossing.record {\"duplicates\":\"0\",\"inserted\":\"1\",\"received\":\"1\"}",
                        "border.crossing.record {\"duplicates\":\"1\",\"inserted\":\"0\",\"received\":\"1\"}");
        // A known document: the crossing and its entry in one statement, the same traveller.
        UUID second = UUID.randomUUID();
        record(crossing(
                second, "EXIT", "KAZ-KORDAI", now.plusSeconds(30), number, "KGZ", "TOKTOGULOV", "ALMAZ", birth, "KGZ"));
        assertThat(auditEntriesNaming(second)).hasSize(1);
        // The same document with the surname spelt in other letter case: checked by the JVM, the same identity,
        // no warning.
        UUID third = UUID.randomUUID();
        record(crossing(
                third, "ENTRY", "KAZ-KORDAI", now.plusSeconds(60), number, "KGZ", "Toktogulov", "ALMAZ", birth, "KGZ"));
        assertThat(auditEntriesNaming(third)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM border_warning WHERE crossing_id = :id")
                        .param("id", third)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT traveller_id FROM border_crossing WHERE id = :id")
                        .param("id", third)
                        .query(Long.class)
                        .single())
                .isEqualTo(travellersBornOn(birth).get(0));
        assertThat(jdbc.sql("SELECT count(DISTINCT traveller_id) FROM border_crossing WHERE id IN (:a, :b)")
                        .param("a", id)
                        .param("b", second)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        AuditVerification verified = new AuditVerifier(dataSource).verify();
        assertThat(verified.intact()).as(verified.message()).isTrue();
    }

    @Test
    void aNewDocumentWithTheIdentityKeyOfTravellersBornThatDayIsLinkedToTheLowestIdAsTheBulkPathLinksIt()
            throws Exception {
        String birth = freshBirthDay();
        String first = docNumber();
        record(crossing(
                UUID.randomUUID(), "ENTRY", "KAZ-KORDAI", now, first, "UZB", "Rakhimov", "Dilshod", birth, "UZB"));
        long firstTraveller = traveller(first);
        // A second traveller with the same identity key (as a merge gone wrong would leave), with a higher id.
        jdbc.sql("""
                        INSERT INTO border_traveller (surname, given_names, birth_date, sex, nationality, identity_key,
                                                      owner_state, distribution)
                        SELECT surname, given_names, birth_date, sex, nationality, identity_key, owner_state, distribution
                        FROM border_traveller WHERE id = :id
                        """).param("id", firstTraveller).update();
        // Someone else born that day, whose name the matcher would not link.
        record(crossing(
                UUID.randomUUID(), "ENTRY", "KAZ-KORDAI", now, docNumber(), "UZB", "ZAKIROVA", "NIGORA", birth, "UZB"));
        assertThat(travellersBornOn(birth)).hasSize(3);

        String second = docNumber();
        record(crossing(
                UUID.randomUUID(), "ENTRY", "KAZ-ALA", now, second, "UZB", "RAKHIMOV", "DILSHOD", birth, "UZB"));
        assertThat(traveller(second)).isEqualTo(firstTraveller);
        assertThat(document(second)).containsExactly("EXACT", TravellerLinker.EXACT_EVIDENCE + firstTraveller, "1.0");

        // The bulk path (batches of two, so not the single statement) links the same way.
        String third = docNumber();
        String csv = CrossingController.CSV_HEADER + "\n"
                + csvRow(UUID.randomUUID(), third, "RAKHIMOV", "DILSHOD", birth)
                + csvRow(UUID.randomUUID(), docNumber(), "QODIROV", "JASUR", freshBirthDay());
        assertThat(mvc.post()
                        .with(officer("KGZ"))
                        .uri("/api/v1/crossings/bulk?batchSize=2")
                        .contentType(MediaType.parseMediaType("text/csv"))
                        .content(csv))
                .hasStatusOk();
        assertThat(document(third)).isEqualTo(document(second));
        assertThat(traveller(third)).isEqualTo(firstTraveller);
    }

    @Test
    void aNewDocumentWithOthersBornThatDayGoesToTheLinker() throws Exception {
        String birth = freshBirthDay();
        String first = docNumber();
        record(crossing(
                UUID.randomUUID(),
                "ENTRY",
                "KAZ-KORDAI",
                now,
                first,
                "TJK",
                "KHUDOYBERDIYEV",
                "FARRUKH",
                birth,
                "TJK"));
        assertThat(document(first)).containsExactly("NEW", "no known traveller born on " + birth, "null");
        // Someone born that day, with another name: the linker finds no plausible name, a new traveller.
        String other = docNumber();
        record(crossing(
                UUID.randomUUID(), "ENTRY", "KAZ-KORDAI", now, other, "TJK", "NAZAROVA", "MADINA", birth, "TJK"));
        assertThat(document(other)).containsExactly("NEW", "no known traveller born on " + birth, "null");
        assertThat(traveller(other)).isNotEqualTo(traveller(first));
        // The same identity key: EXACT in the statement.
        String renewed = docNumber();
        record(crossing(
                UUID.randomUUID(),
                "ENTRY",
                "KAZ-KORDAI",
                now,
                renewed,
                "TJK",
                "Khudoyberdiyev",
                "Farrukh",
                birth,
                "TJK"));
        assertThat(document(renewed).get(0)).isEqualTo("EXACT");
        assertThat(traveller(renewed)).isEqualTo(traveller(first));
        // Another spelling of the name: the matcher links it, and the crossing is audited once.
        String spelling = docNumber();
        UUID spelled = UUID.randomUUID();
        record(crossing(
                spelled, "ENTRY", "KAZ-KORDAI", now, spelling, "TJK", "KHUDOIBERDIEV", "FARRUKH", birth, "TJK"));
        assertThat(document(spelling).get(0)).isEqualTo("MATCHER");
        assertThat(document(spelling).get(1)).contains("born the same day");
        assertThat(traveller(spelling)).isEqualTo(traveller(first));
        assertThat(auditEntriesNaming(spelled))
                .containsExactly("border.crossing.record {\"duplicates\":\"0\",\"inserted\":\"1\",\"received\":\"1\"}");
        assertThat(travellersBornOn(birth)).hasSize(2);
    }

    @Test
    void concurrentSubmissionsOfOneNewDocumentRecordEachIdOnceWithOneAuditEntry() throws Exception {
        String birth = freshBirthDay();
        String number = docNumber();
        long checkpoint = jdbc.sql("SELECT id FROM border_checkpoint WHERE code = 'KAZ-KORDAI'")
                .query(Long.class)
                .single();
        Caller caller = kit.user("KAZ", Role.OFFICER).caller();
        DocumentData document = new DocumentData(
                "PASSPORT", number, "KGZ", null, "ABDYLDAEV", "NURLAN", null, null, LocalDate.parse(birth), "M", "KGZ");
        // Four distinct crossings of the new document, each sent by three threads at once.
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IngestResult>> results = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                UUID id = ids.get(k % ids.size());
                CrossingSubmission s = new CrossingSubmission(
                        id,
                        Direction.ENTRY,
                        checkpoint,
                        now.minusSeconds(ids.indexOf(id)),
                        document,
                        "TOURISM",
                        "ALL_MEMBERS",
                        List.of());
                results.add(pool.submit(() -> {
                    start.await();
                    return crossings.record(List.of(s), caller);
                }));
            }
            start.countDown();
            int inserted = 0;
            int duplicates = 0;
            for (Future<IngestResult> f : results) {
                IngestResult r = f.get(60, TimeUnit.SECONDS);
                inserted += r.inserted();
                duplicates += r.duplicates();
            }
            assertThat(inserted).isEqualTo(4);
            assertThat(duplicates).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM border_document WHERE number = :n")
                        .param("n", number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(travellersBornOn(birth)).hasSize(1);
        for (UUID id : ids) {
            assertThat(jdbc.sql("SELECT count(*) FROM border_crossing WHERE id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            List<String> entries = auditEntriesNaming(id);
            assertThat(entries)
                    .filteredOn(e -> e.contains("\"inserted\":\"1\""))
                    .hasSize(1);
            assertThat(entries).hasSize(3);
        }
        AuditVerification verified = new AuditVerifier(dataSource).verify();
        assertThat(verified.intact()).as(verified.message()).isTrue();
    }

    @Test
    void aStatementThatLosesTheRaceForANewDocumentKeepsNothingAndTheRetryUsesTheWinnersRows() throws Exception {
        String birth = freshBirthDay();
        String number = docNumber();
        long checkpoint = jdbc.sql("SELECT id FROM border_checkpoint WHERE code = 'KAZ-KORDAI'")
                .query(Long.class)
                .single();
        Caller caller = kit.user("KAZ", Role.OFFICER).caller();
        CrossingSubmission s = new CrossingSubmission(
                UUID.randomUUID(),
                Direction.ENTRY,
                checkpoint,
                now,
                new DocumentData(
                        "PASSPORT",
                        number,
                        "KGZ",
                        null,
                        "ESENGELDIEV",
                        "TALANT",
                        null,
                        null,
                        LocalDate.parse(birth),
                        "M",
                        "KGZ"),
                "TOURISM",
                "ALL_MEMBERS",
                List.of());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        long winner;
        Future<IngestResult> result;
        try (Connection other = dataSource.getConnection()) {
            // Another transaction has inserted the same document (and its traveller) and not committed yet.
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement("""
                    WITH t AS (
                        INSERT INTO border_traveller (surname, given_names, birth_date, sex, nationality, identity_key,
                                                      owner_state, distribution)
                        VALUES ('ESENGELDIEV', 'TALANT', CAST(? AS date), 'M', 'KGZ', ?, 'KGZ', 'ALL_MEMBERS')
                        RETURNING id)
                    INSERT INTO border_document (doc_type, number, issuing_state, surname, given_names, birth_date, sex,
                                                 nationality, traveller_id, link_method, owner_state, distribution)
                    SELECT 'PASSPORT', ?, 'KGZ', 'ESENGELDIEV', 'TALANT', CAST(? AS date), 'M', 'KGZ', t.id, 'MANUAL',
                           'KGZ', 'ALL_MEMBERS'
                    FROM t RETURNING traveller_id
                    """)) {
                ps.setString(1, birth);
                ps.setString(2, "ESENGELDIEV|TALANT|" + birth + "|KGZ");
                ps.setString(3, number);
                ps.setString(4, birth);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    winner = rs.getLong(1);
                }
            }
            // The crossing's statement does not see it: it inserts a new traveller, then waits on the document's key.
            result = pool.submit(() -> crossings.record(List.of(s), caller));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                    + " AND query LIKE 'WITH prior AS%'")
                            .query(Long.class)
                            .single()
                    == 0) {
                assertThat(System.nanoTime())
                        .as("the crossing's statement waits for the document")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
            other.commit();
        }
        try {
            assertThat(result.get(60, TimeUnit.SECONDS).inserted()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // The losing statement kept nothing (no second traveller); the retry recorded the crossing with the winner's
        // document and traveller.
        assertThat(travellersBornOn(birth)).containsExactly(winner);
        assertThat(jdbc.sql("SELECT link_method FROM border_document WHERE number = :n")
                        .param("n", number)
                        .query(String.class)
                        .single())
                .isEqualTo("MANUAL");
        assertThat(jdbc.sql("SELECT traveller_id FROM border_crossing WHERE id = :id")
                        .param("id", s.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(winner);
        assertThat(auditEntriesNaming(s.id())).hasSize(1);
    }

    private List<String> document(String number) {
        return jdbc.sql("SELECT link_method, link_evidence, link_score FROM border_document WHERE number = :n")
                .param("n", number)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), String.valueOf(rs.getObject(3))))
                .single();
    }

    private long traveller(String number) {
        return jdbc.sql("SELECT traveller_id FROM border_document WHERE number = :n")
                .param("n", number)
                .query(Long.class)
                .single();
    }

    private List<Long> travellersBornOn(String birth) {
        return jdbc.sql("SELECT id FROM border_traveller WHERE birth_date = CAST(:b AS date) ORDER BY id")
                .param("b", birth)
                .query(Long.class)
                .list();
    }

    /** The audit entries naming a crossing: action and query terms, oldest first. */
    private List<String> auditEntriesNaming(UUID id) {
        return jdbc.sql("""
                        SELECT e.action || ' ' || e.query_terms FROM audit_entry e
                        JOIN audit_record r ON r.entry_seq = e.seq
                        WHERE r.record_type = 'border-crossing' AND r.record_id = :id ORDER BY e.seq
                        """).param("id", id.toString()).query(String.class).list();
    }

    private static String csvRow(UUID id, String number, String surname, String given, String birth) {
        return String.join(
                        ",",
                        id.toString(),
                        "ENTRY",
                        "KGZ-AKZHOL",
                        Instant.now().minusSeconds(120).toString(),
                        "PASSPORT",
                        number,
                        "UZB",
                        "2030-01-01",
                        surname,
                        given,
                        "",
                        "",
                        birth,
                        "M",
                        "UZB",
                        "TOURISM",
                        "ALL_MEMBERS",
                        "")
                + "\n";
    }

    private void record(String body) throws Exception {
        var result = post(body).exchange();
        assertThat(result)
                .as(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .hasStatus(HttpStatus.CREATED);
    }

    private MockMvcTester.MockMvcRequestBuilder post(String body) {
        return mvc.post()
                .with(officer(body.contains("KAZ-") ? "KAZ" : "KGZ"))
                .uri("/api/v1/crossings")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}

package org.jsis.register.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.jsis.register.RegisterChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's name index: every listed entity's names, birth dates and nationalities in a namematch
 * {@link NameIndex}, and beside it each entity's owner and distribution, so that a search can skip the
 * records a viewer may not see without asking the database (which re-checks the hits it loads).
 *
 * <p>Loaded once when the application starts (before it serves requests), then kept up to date on the
 * same node: every transaction that changes register entities publishes {@link RegisterChanged}, and
 * after it commits the changed entities are read again and put into (or, when delisted or deleted,
 * removed from) the index.
 */
@Component
public class RegisterIndex implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RegisterIndex.class);
    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final boolean enabled;
    private final NameIndex index = new NameIndex();
    private final Map<String, Sharing> sharing = new ConcurrentHashMap<>();
    private final Object writes = new Object();

    /** The sharing columns of one indexed entity. */
    public record Sharing(String owner, String distribution, Set<String> sharedWith) {

        /** The same rule as the SQL function {@code jsis_can_see}, for a viewer who is a member on the day. */
        public boolean visibleTo(@Nullable String viewerState) {
            if (viewerState == null) {
                return distribution.equals("ALL_MEMBERS");
            }
            return owner.equals(viewerState)
                    || distribution.equals("ALL_MEMBERS")
                    || (distribution.equals("SELECTED_STATES") && sharedWith.contains(viewerState));
        }
    }

    RegisterIndex(
            DataSource dataSource,
            TransactionTemplate transactions,
            @Value("${jsis.register.index.enabled:true}") boolean enabled) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.transactions = transactions;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            long start = System.nanoTime();
            int n = reload(null);
            log.info("Register name index loaded: {} entities in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** After a change commits, re-reads the changed entities into the index. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(RegisterChanged event) {
        if (enabled && !event.entityIds().isEmpty()) {
            reload(event.entityIds());
        }
    }

    /** Re-reads the given entities (all when {@code ids} is null); returns how many are indexed from the read. */
    public int reload(@Nullable Collection<UUID> ids) {
        synchronized (writes) {
            Set<String> seen = new HashSet<>();
            String sql = """
                    SELECT e.id, e.kind, e.owner_state, e.distribution, e.shared_with, e.nationalities, n.names, d.froms, d.tos
                      FROM register_entity e
                      JOIN (SELECT entity_id, array_agg(name ORDER BY id) AS names FROM register_name %1$s GROUP BY entity_id) n
                        ON n.entity_id = e.id
                      LEFT JOIN (SELECT entity_id, array_agg(date_from ORDER BY id) AS froms, array_agg(date_to ORDER BY id) AS tos
                                   FROM register_birth_date %1$s GROUP BY entity_id) d ON d.entity_id = e.id
                     WHERE e.status = 'LISTED' %2$s
                    """.formatted(
                            ids == null ? "" : "WHERE entity_id = ANY(?)", ids == null ? "" : "AND e.id = ANY(?)");
            Object[] params = ids == null
                    ? new Object[0]
                    : new Object[] {ids.toArray(UUID[]::new), ids.toArray(UUID[]::new), ids.toArray(UUID[]::new)};
            transactions.executeWithoutResult(tx -> {
                jdbc.query(
                        sql,
                        rs -> {
                            String id = rs.getString("id");
                            seen.add(id);
                            put(id, rs);
                        },
                        params);
            });
            if (ids == null) {
                for (String id : List.copyOf(sharing.keySet())) {
                    if (!seen.contains(id)) {
                        index.remove(id);
                        sharing.remove(id);
                    }
                }
            } else {
                for (UUID id : ids) {
                    if (!seen.contains(id.toString())) {
                        index.remove(id.toString());
                        sharing.remove(id.toString());
                    }
                }
            }
            return seen.size();
        }
    }

    private void put(String id, ResultSet rs) throws SQLException {
        List<String> names = strings(rs.getArray("names"));
        List<PartialDate> dates = new ArrayList<>();
        for (String d : strings(rs.getArray("froms"))) {
            dates.add(PartialDate.parse(d));
        }
        for (String d : strings(rs.getArray("tos"))) {
            dates.add(PartialDate.parse(d));
        }
        EntityKind kind = rs.getString("kind").equals("PERSON") ? EntityKind.PERSON : EntityKind.ORGANISATION;
        index.put(new NameRecord(id, kind, names, dates, strings(rs.getArray("nationalities"))));
        sharing.put(
                id,
                new Sharing(
                        rs.getString("owner_state"),
                        rs.getString("distribution"),
                        Set.copyOf(strings(rs.getArray("shared_with")).stream()
                                .map(String::strip)
                                .toList())));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }

    /**
     * The best matches among the entities {@code visible} accepts, best first, at most {@code wanted}: asks
     * the index for more candidates while invisible ones crowd the visible ones out.
     */
    public List<Match> search(NameQuery.Builder query, int wanted, Predicate<Sharing> visible) {
        int limit = Math.max(wanted, 10);
        while (true) {
            List<Match> candidates = index.search(query.limit(limit).build());
            List<Match> out = new ArrayList<>();
            for (Match m : candidates) {
                Sharing s = sharing.get(m.recordId());
                if (s != null && visible.test(s)) {
                    out.add(m);
                    if (out.size() == wanted) {
                        return out;
                    }
                }
            }
            if (candidates.size() < limit || limit >= 100_000) {
                return out;
            }
            limit *= 4;
        }
    }

    public int size() {
        return index.size();
    }

    public boolean contains(UUID id) {
        return index.get(id.toString()).isPresent();
    }
}

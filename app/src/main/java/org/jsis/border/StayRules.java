package org.jsis.border;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jsis.border.stay.RuleLookup;
import org.jsis.border.stay.StayRule;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stay rules as data: which version applies to whom on which day, and rule changes as new
 * versions. Read once and kept in memory; a change reloads them and publishes {@link StayRulesChanged}
 * (the stays are then recomputed in full).
 */
@Service
public class StayRules {

    /** Published after a rule change commits. */
    public record StayRulesChanged(String code, int version) {}

    private record Snapshot(List<StayRuleView> current, Map<String, Map<String, Set<String>>> groups) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final Map<String, RuleLookup> lookups = new ConcurrentHashMap<>();

    StayRules(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The versions that apply to a national of {@code nationality} in {@code host} travelling for
     * {@code purpose}: a rule for a specific group beats the OTHER group, a rule for the purpose beats
     * one for any purpose, day by day. Own citizens get no rule (they have no stay limit).
     */
    public RuleLookup lookup(String host, @Nullable String nationality, @Nullable String purpose) {
        if (host.equals(nationality)) {
            return day -> null;
        }
        return lookups.computeIfAbsent(
                host + "|" + nationality + "|" + purpose, k -> build(host, nationality, purpose));
    }

    private RuleLookup build(String host, @Nullable String nationality, @Nullable String purpose) {
        Snapshot s = snapshot();
        Set<String> groups = nationality == null
                ? Set.of()
                : s.groups().getOrDefault(host, Map.of()).getOrDefault(nationality, Set.of());
        List<StayRuleView> candidates = s.current().stream()
                .filter(v -> v.hostState().equals(host))
                .filter(v -> groups.contains(v.groupCode()) || v.groupCode().equals("OTHER"))
                .filter(v -> v.purpose() == null || v.purpose().equals(purpose))
                .sorted(Comparator.comparingInt(StayRules::specificity).reversed())
                .toList();
        List<StayRule> ordered = candidates.stream().map(StayRuleView::rule).toList();
        return day -> {
            for (StayRule r : ordered) {
                if (r.appliesOn(day)) {
                    return r;
                }
            }
            return null;
        };
    }

    private static int specificity(StayRuleView v) {
        return (v.groupCode().equals("OTHER") ? 0 : 2) + (v.purpose() == null ? 0 : 1);
    }

    /** Current (not superseded) versions, of one host state or all. */
    public List<StayRuleView> current(@Nullable String host) {
        return snapshot().current().stream()
                .filter(v -> host == null || v.hostState().equals(host))
                .toList();
    }

    /** Every version ever stored, superseded ones included, of one host state or all. */
    public List<StayRuleView> history(@Nullable String host) {
        return jdbc.sql(SELECT + " WHERE (CAST(:host AS TEXT) IS NULL OR host_state = :host) ORDER BY code, version")
                .param("host", host)
                .query((rs, i) -> view(rs))
                .list();
    }

    /** The nationalities of each group of {@code host}. */
    public Map<String, List<String>> groups(String host) {
        Map<String, List<String>> out = new HashMap<>();
        snapshot()
                .groups()
                .getOrDefault(host, Map.of())
                .forEach((nat, gs) -> gs.forEach(
                        g -> out.computeIfAbsent(g, k -> new ArrayList<>()).add(nat)));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    /**
     * Records a rule change as a new version of {@code change.code()}. Current versions of that code
     * whose validity overlaps the new one are superseded; the parts of their validity outside the new
     * one are kept as new versions of their own. Nothing is edited in place.
     *
     * @return the new version
     */
    @Transactional
    public StayRuleView change(StayRuleView change) {
        StayRule r = change.rule();
        Integer max = jdbc.sql("SELECT max(version) FROM border_stay_rule WHERE code = :code")
                .param("code", r.code())
                .query(Integer.class)
                .optional()
                .orElse(null);
        int version = max == null ? 1 : max + 1;
        List<StayRuleView> overlapping = jdbc.sql(SELECT + """
                         WHERE code = :code AND superseded_at IS NULL
                           AND valid_from < coalesce(CAST(:to AS DATE), 'infinity')
                           AND coalesce(valid_to, 'infinity') > :from
                        """)
                .param("code", r.code())
                .param("from", Date.valueOf(r.validFrom()))
                .param("to", r.validTo() == null ? null : Date.valueOf(r.validTo()))
                .query((rs, i) -> view(rs))
                .list();
        for (StayRuleView old : overlapping) {
            jdbc.sql("UPDATE border_stay_rule SET superseded_at = now() WHERE id = :id")
                    .param("id", old.rule().id())
                    .update();
        }
        long id = insert(change, version, r.validFrom(), r.validTo());
        for (StayRuleView old : overlapping) {
            StayRule o = old.rule();
            if (o.validFrom().isBefore(r.validFrom())) {
                insert(old, ++version, o.validFrom(), r.validFrom());
            }
            if (r.validTo() != null && (o.validTo() == null || o.validTo().isAfter(r.validTo()))) {
                insert(old, ++version, r.validTo(), o.validTo());
            }
        }
        snapshot.set(null);
        lookups.clear();
        events.publishEvent(new StayRulesChanged(r.code(), version));
        return history(change.hostState()).stream()
                .filter(v -> v.rule().id() == id)
                .findFirst()
                .orElseThrow();
    }

    private long insert(StayRuleView v, int version, LocalDate from, @Nullable LocalDate to) {
        StayRule r = v.rule();
        return jdbc.sql("""
                        INSERT INTO border_stay_rule (code, version, host_state, group_code, purpose, valid_from,
                            valid_to, exempt, per_entry_days, window_days, window_max_days, calendar_year_max_days,
                            registration_days, registration_working_days, source, certainty, note)
                        VALUES (:code, :version, :host, :group, :purpose, :from, :to, :exempt, :perEntry, :window,
                            :windowMax, :year, :registration, :working, :source, :certainty, :note)
                        RETURNING id
                        """)
                .param("code", r.code())
                .param("version", version)
                .param("host", v.hostState())
                .param("group", v.groupCode())
                .param("purpose", v.purpose())
                .param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to))
                .param("exempt", r.exempt())
                .param("perEntry", r.perEntryDays())
                .param("window", r.windowDays())
                .param("windowMax", r.windowMaxDays())
                .param("year", r.calendarYearMaxDays())
                .param("registration", r.registrationDays())
                .param("working", r.registrationWorkingDays())
                .param("source", v.source())
                .param("certainty", v.certainty())
                .param("note", v.note())
                .query(Long.class)
                .single();
    }

    private final Map<Long, StayRuleView> byId = new ConcurrentHashMap<>();

    /** As {@link #byId(long)}, cached (versions never change once written, except being superseded). */
    public @Nullable StayRuleView byIdCached(long id) {
        StayRuleView v = byId.get(id);
        if (v == null) {
            v = byId(id);
            if (v != null) {
                byId.put(id, v);
            }
        }
        return v;
    }

    /** Forgets what was read (after a change commits). */
    public void invalidate() {
        snapshot.set(null);
        lookups.clear();
        byId.clear();
    }

    /** A rule version by id (also superseded ones, since statuses record the version they used). */
    public @Nullable StayRuleView byId(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query((rs, i) -> view(rs))
                .optional()
                .orElse(null);
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot.get();
        if (s == null) {
            List<StayRuleView> current = jdbc.sql(SELECT + " WHERE superseded_at IS NULL ORDER BY code, version")
                    .query((rs, i) -> view(rs))
                    .list();
            Map<String, Map<String, Set<String>>> groups = new HashMap<>();
            jdbc.sql("SELECT host_state, group_code, nationality FROM border_nationality_group")
                    .query(rs -> {
                        groups.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString(3), k -> new HashSet<>())
                                .add(rs.getString(2));
                    });
            s = new Snapshot(current, groups);
            snapshot.set(s);
        }
        return s;
    }

    private static final String SELECT = """
            SELECT id, code, version, host_state, group_code, purpose, valid_from, valid_to, exempt, per_entry_days,
                   window_days, window_max_days, calendar_year_max_days, registration_days,
                   registration_working_days, source, certainty, note, superseded_at
            FROM border_stay_rule
            """;

    private static StayRuleView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date to = rs.getDate("valid_to");
        java.sql.Timestamp superseded = rs.getTimestamp("superseded_at");
        StayRule rule = new StayRule(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(),
                rs.getBoolean("exempt"),
                (Integer) rs.getObject("per_entry_days"),
                (Integer) rs.getObject("window_days"),
                (Integer) rs.getObject("window_max_days"),
                (Integer) rs.getObject("calendar_year_max_days"),
                (Integer) rs.getObject("registration_days"),
                rs.getBoolean("registration_working_days"));
        return new StayRuleView(
                rule,
                rs.getString("host_state"),
                rs.getString("group_code"),
                rs.getString("purpose"),
                rs.getString("source"),
                rs.getString("certainty"),
                rs.getString("note"),
                superseded == null ? null : superseded.toLocalDateTime().toLocalDate());
    }
}

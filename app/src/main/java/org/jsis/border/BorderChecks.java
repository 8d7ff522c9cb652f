package org.jsis.border;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.border.internal.CrossingLine;
import org.jsis.border.stay.Direction;
import org.jsis.border.stay.StayStatus;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.PartialDate;
import org.jsis.security.Caller;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The border check: one question at a checkpoint, answered from everything the caller's state may see
 * in every member state — entry bans (by document, and by name in any script plus birth date), the
 * register (screened over name variants), the traveller's stays and the anomalies of his crossings.
 * It writes nothing but its audit entry: recording the crossing is a separate call.
 */
@Service
public class BorderChecks {

    private final Checkpoints checkpoints;
    private final EntryBans bans;
    private final Stays stays;
    private final RegisterHits registerHits;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    BorderChecks(
            Checkpoints checkpoints,
            EntryBans bans,
            Stays stays,
            RegisterHits registerHits,
            AuditLog audit,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.checkpoints = checkpoints;
        this.bans = bans;
        this.stays = stays;
        this.registerHits = registerHits;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** Checks a traveller for {@code caller} (who must work for the checkpoint's state), audited. */
    public BorderCheckResult check(Caller caller, Checkpoint checkpoint, Direction direction, DocumentData doc) {
        String state = checkpoint.stateCode();
        LocalDate today = StateZones.today(state);
        Visibility visibility = Visibility.of(caller, today);
        String predicate = visibility.predicate("b");
        List<BorderCheckResult.Reason> reasons = new ArrayList<>();
        Set<AuditedRecord> touched = new java.util.LinkedHashSet<>();

        Map<Long, EntryBan> banHits = new LinkedHashMap<>();
        Map<Long, String> howFound = new LinkedHashMap<>();
        for (EntryBan b : bans.byDocument(doc.issuingState(), doc.number(), predicate, visibility.params())) {
            banHits.put(b.id(), b);
            howFound.put(b.id(), "document " + doc.issuingState() + " " + doc.number());
        }
        PartialDate birth = doc.birthDate() == null ? null : PartialDate.of(doc.birthDate());
        List<String> names = new ArrayList<>(List.of(doc.fullName()));
        if (doc.nationalName() != null) {
            names.add(doc.nationalName());
        }
        Map<Long, EntryBans.NameHit> byName = new LinkedHashMap<>();
        for (String name : names) {
            for (EntryBans.NameHit h : bans.byName(
                    name, birth, doc.nationality(), NameIndex.DEFAULT_THRESHOLD, predicate, visibility.params())) {
                byName.merge(
                        h.ban().id(),
                        h,
                        (a, c) -> a.match().score() >= c.match().score() ? a : c);
            }
        }
        for (EntryBans.NameHit h : byName.values()) {
            banHits.putIfAbsent(h.ban().id(), h.ban());
            howFound.merge(
                    h.ban().id(),
                    "name '" + h.match().matchedName() + "' (score "
                            + round(h.match().score()) + ": "
                            + h.match().explanation().toText() + ")",
                    (a, c) -> a + " and " + c);
        }
        for (EntryBan b : banHits.values()) {
            touched.add(AuditedRecord.of("entry-ban", b.id(), b.ownerState()));
            boolean inForce = b.inForce(state, today);
            boolean validNow = b.inForce(b.issuingState(), today);
            if (!validNow) {
                continue;
            }
            String kind = inForce ? "ENTRY_BAN" : "ENTRY_BAN_ELSEWHERE";
            String severity = inForce ? (direction == Direction.ENTRY ? "HIT" : "WARNING") : "WARNING";
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("banId", b.id());
            details.put("issuingState", b.issuingState());
            details.put("authority", b.authority());
            details.put("legalBasis", b.legalBasis());
            details.put("reason", b.reason());
            details.put("validFrom", b.validFrom());
            details.put("validTo", b.validTo());
            details.put("scope", b.scope());
            details.put("names", b.names());
            details.put("birthDate", b.birthDate());
            details.put("matchedBy", howFound.get(b.id()));
            EntryBans.NameHit nameHit = byName.get(b.id());
            if (nameHit != null) {
                details.put("score", round(nameHit.match().score()));
                details.put("matchedName", nameHit.match().matchedName());
            }
            if (b.registerRecordId() != null) {
                details.put("registerRecordId", b.registerRecordId());
            }
            String summary = (inForce ? "Entry ban of " : "Entry ban in force only in ") + b.issuingState() + " ("
                    + b.authority() + ", " + b.legalBasis() + ") until "
                    + (b.validTo() == null ? "further notice" : b.validTo())
                    + "; found by " + howFound.get(b.id());
            reasons.add(new BorderCheckResult.Reason(kind, severity, b.ownerState(), summary, details));
        }

        List<CrossingLine> lines = new ArrayList<>();
        Long travellerId = travellerAndCrossings(doc, visibility, lines);
        List<BorderCheckResult.StayView> stayViews = new ArrayList<>();
        if (travellerId != null) {
            touched.add(AuditedRecord.of("border-traveller", travellerId, null));
            for (HostStay h : stays.derive(lines)) {
                stayViews.add(view(h, h.status().lastLegalDay()));
                stayReasons(h, state, direction, reasons);
            }
            if (direction == Direction.ENTRY) {
                stayViews.removeIf(v -> v.hostState().equals(state) && v.openSince() == null);
                addHypotheticalEntry(lines, state, doc, stayViews);
            }
            warnings(travellerId, visibility, reasons);
        } else if (direction == Direction.ENTRY) {
            addHypotheticalEntry(List.of(), state, doc, stayViews);
        }
        if (doc.expiry() != null && doc.expiry().isBefore(today)) {
            reasons.add(new BorderCheckResult.Reason(
                    "DOCUMENT_EXPIRED",
                    "WARNING",
                    state,
                    "The document expired on " + doc.expiry(),
                    Map.of("expiry", doc.expiry())));
        }
        // The register screening (which audits itself) and this check's audit entry share one short
        // transaction at the end: one commit, and the audit chain's lock is held only for the two appends.
        String outcome = tx.execute(status -> {
            reasons.addAll(registerHits.screen(names, doc, caller));
            reasons.sort(Comparator.comparingInt(r -> switch (r.severity()) {
                case "HIT" -> 0;
                case "WARNING" -> 1;
                default -> 2;
            }));
            String result = reasons.stream().anyMatch(r -> r.severity().equals("HIT")) ? "HIT" : "CLEAR";
            audit.record(AuditEntry.of("border.check")
                    .withPurpose(Purpose.BORDER_CHECK)
                    .withTerm("checkpoint", checkpoint.code())
                    .withTerm("direction", direction.name())
                    .withTerm("document", doc.issuingState() + " " + doc.number())
                    .withTerm("name", doc.fullName())
                    .withTerm("birthDate", doc.birthDate())
                    .withTerm("outcome", result)
                    .withRecords(new ArrayList<>(touched))
                    .by(caller));
            return result;
        });
        return new BorderCheckResult(
                outcome,
                Instant.now(),
                checkpoint.code(),
                state,
                direction.name(),
                doc,
                travellerId,
                reasons,
                stayViews);
    }

    /** The stay he would have if admitted today, at the checkpoint's state. */
    private void addHypotheticalEntry(
            List<CrossingLine> lines, String state, DocumentData doc, List<BorderCheckResult.StayView> views) {
        if (state.equals(doc.nationality())) {
            return;
        }
        boolean open = views.stream().anyMatch(v -> v.hostState().equals(state) && v.openSince() != null);
        if (open) {
            return;
        }
        List<CrossingLine> withEntry = new ArrayList<>(
                lines.stream().filter(l -> l.hostState().equals(state)).toList());
        withEntry.add(new CrossingLine(
                -1,
                state,
                java.util.UUID.randomUUID(),
                Direction.ENTRY,
                Instant.now(),
                doc.nationality(),
                null,
                "OWNER_ONLY",
                List.of()));
        HostStay h = stays.deriveHost(state, withEntry, StateZones.today(state));
        if (h != null) {
            views.add(view(h, h.status().lastLegalDay()));
        }
    }

    private static void stayReasons(
            HostStay h, String state, Direction direction, List<BorderCheckResult.Reason> reasons) {
        StayStatus s = h.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("hostState", h.hostState());
        details.put("openSince", s.openSince());
        details.put("daysUsed", s.daysUsed());
        details.put("daysAllowed", s.daysAllowed());
        details.put("overstayDays", s.overstayDays());
        details.put("rule", s.rule() == null ? null : s.rule().label());
        details.put("ruleId", s.rule() == null ? null : s.rule().id());
        if (s.overstaying()) {
            boolean here = h.hostState().equals(state);
            reasons.add(new BorderCheckResult.Reason(
                    "OVERSTAY",
                    here && direction == Direction.EXIT ? "HIT" : "WARNING",
                    h.hostState(),
                    "Overstay in " + h.hostState() + ": " + s.overstayDays() + " day(s) beyond the allowed stay ("
                            + s.daysUsed() + " used of " + s.daysAllowed() + ", rule "
                            + s.rule().label() + ")",
                    details));
        } else if (!s.overstays().isEmpty()) {
            var last = s.overstays().get(s.overstays().size() - 1);
            reasons.add(new BorderCheckResult.Reason(
                    "PAST_OVERSTAY",
                    "INFO",
                    h.hostState(),
                    "Overstayed in " + h.hostState() + " from " + last.firstDay() + " to " + last.lastDay() + " ("
                            + last.days() + " days, rule " + last.rule().label() + ")",
                    details));
        }
        for (var w : s.warnings()) {
            reasons.add(new BorderCheckResult.Reason(
                    w.kind().name(), "WARNING", h.hostState(), w.detail(), Map.of("crossingId", w.crossingId())));
        }
    }

    private static BorderCheckResult.StayView view(HostStay h, @Nullable LocalDate allowedUntil) {
        StayStatus s = h.status();
        return new BorderCheckResult.StayView(
                h.hostState(),
                s.openSince(),
                s.daysUsed(),
                s.daysAllowed(),
                s.overstaying(),
                s.overstayDays(),
                allowedUntil,
                s.registrationDue(),
                s.rule() == null ? null : s.rule().label(),
                s.rule() == null ? null : s.rule().id(),
                h.rule() == null ? null : h.rule().source(),
                h.hostState());
    }

    /**
     * The traveller holding the document, or {@code null} when it was never recorded; his crossings that
     * the caller may see are added to {@code lines} in time order. One query (a check runs it every time).
     */
    private @Nullable Long travellerAndCrossings(DocumentData doc, Visibility visibility, List<CrossingLine> lines) {
        Long[] traveller = {null};
        jdbc.sql("SELECT c.traveller_id, c.host_state, c.id, c.direction, date_part('epoch', c.crossed_at),"
                        + " c.nationality, c.purpose, c.distribution, array_to_string(c.shared_with, ','),"
                        + " d.traveller_id"
                        + " FROM border_document d LEFT JOIN border_crossing c ON c.traveller_id = d.traveller_id AND "
                        + visibility.predicate("c")
                        + " WHERE d.issuing_state = :issuer AND d.number = :number AND d.doc_type = :type"
                        + " ORDER BY c.crossed_at, c.id")
                .param("issuer", doc.issuingState())
                .param("number", doc.number())
                .param("type", doc.type())
                .params(visibility.params())
                .query(rs -> {
                    traveller[0] = rs.getLong(10);
                    if (rs.getString(3) != null) {
                        lines.add(Stays.line(rs));
                    }
                });
        return traveller[0];
    }

    /** The traveller's crossings that the caller may see, in time order. */
    public List<CrossingLine> visibleCrossings(long travellerId, Visibility visibility) {
        return jdbc.sql(Stays.CROSSINGS + " WHERE traveller_id = :t AND " + visibility.predicate() + Stays.ORDER)
                .param("t", travellerId)
                .params(visibility.params())
                .query((rs, i) -> Stays.line(rs))
                .list();
    }

    private void warnings(long travellerId, Visibility visibility, List<BorderCheckResult.Reason> reasons) {
        jdbc.sql("SELECT kind, host_state, owner_state, detail FROM border_warning WHERE traveller_id = :t"
                        + " AND kind = 'DOCUMENT_IDENTITY_MISMATCH' AND " + visibility.predicate() + " ORDER BY id")
                .param("t", travellerId)
                .params(visibility.params())
                .query(rs -> {
                    reasons.add(new BorderCheckResult.Reason(
                            rs.getString(1),
                            "WARNING",
                            rs.getString(3),
                            rs.getString(4),
                            Map.of("hostState", rs.getString(2))));
                });
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}

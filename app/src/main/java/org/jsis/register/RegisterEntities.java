package org.jsis.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.AuditedRecord;
import org.jsis.audit.Purpose;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.internal.EntityInputs;
import org.jsis.register.internal.EntityStore;
import org.jsis.register.internal.EntityWriter;
import org.jsis.security.Caller;
import org.jsis.security.Distribution;
import org.jsis.security.Role;
import org.jsis.security.Sharing;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes register entities for a caller: every read filters with {@code jsis_can_see} in SQL
 * and is audited with its purpose; every change is made by an analyst of the owning state, in one
 * transaction with its audit entry, and reaches the name index right after the commit.
 */
@Service
public class RegisterEntities {

    public static final String RECORD_TYPE = "register-entity";
    private static final int MAX_RESULTS = 500;

    private final EntityStore store;
    private final EntityWriter writer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RegisterEntities(EntityStore store, EntityWriter writer, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.writer = writer;
        this.audit = audit;
        this.events = events;
    }

    /**
     * What to look for; every criterion is optional.
     *
     * @param text part of any name, case-insensitive
     * @param authority a designating authority kind ({@code UNSC}, {@code ATC}, {@code STATE_COURT}, ...) or
     *     part of an authority's name
     * @param owner the owning state (alpha-3)
     * @param status {@code LISTED} or {@code DELISTED} (not withdrawn), {@code WITHDRAWN}; when null, every
     *     entity that is not withdrawn
     */
    public record Criteria(
            @Nullable String text,
            @Nullable Topic topic,
            @Nullable String authority,
            @Nullable String owner,
            @Nullable String status,
            int limit) {}

    /** The entities the caller may see that match, by caption, audited as {@code register.search}. */
    public List<RegisterEntity> search(Criteria c, Purpose purpose, Caller caller) {
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (c.text() != null && !c.text().isBlank()) {
            where.add("EXISTS (SELECT 1 FROM register_name n WHERE n.entity_id = e.id AND lower(n.name) LIKE :text)");
            params.put(
                    "text",
                    "%"
                            + c.text()
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        if (c.topic() != null) {
            where.add(":topic = ANY(e.topics)");
            params.put("topic", c.topic().name());
        }
        if (c.authority() != null && !c.authority().isBlank()) {
            where.add("EXISTS (SELECT 1 FROM register_designation d WHERE d.entity_id = e.id"
                    + " AND (d.authority_kind = :authorityKind OR d.authority ILIKE :authorityName))");
            params.put("authorityKind", c.authority().strip().toUpperCase(Locale.ROOT));
            params.put("authorityName", "%" + c.authority().strip() + "%");
        }
        if (c.owner() != null && !c.owner().isBlank()) {
            where.add("e.owner_state = :owner");
            params.put("owner", c.owner().strip().toUpperCase(Locale.ROOT));
        }
        String status = c.status() == null ? "" : c.status().strip().toUpperCase(Locale.ROOT);
        if (status.equals("WITHDRAWN")) {
            where.add("e.withdrawn_at IS NOT NULL");
        } else {
            where.add("e.withdrawn_at IS NULL");
            if (!status.isEmpty()) {
                where.add("e.status = :status");
                params.put("status", status);
            }
        }
        Visibility v = Visibility.of(caller, LocalDate.now());
        List<UUID> ids =
                store.visibleIds(v, String.join(" AND ", where), params, Math.min(Math.max(c.limit(), 1), MAX_RESULTS));
        List<RegisterEntity> found = store.load(ids);
        audit.record(AuditEntry.of("register.search")
                .withPurpose(purpose)
                .withTerm("text", c.text())
                .withTerm("topic", c.topic())
                .withTerm("authority", c.authority())
                .withTerm("owner", c.owner())
                .withTerm("status", c.status())
                .withRecords(records(found))
                .by(caller));
        return found;
    }

    /** One entity, if the caller may see it, audited as {@code register.view}. */
    public Optional<RegisterEntity> view(UUID id, Purpose purpose, Caller caller) {
        List<RegisterEntity> found = store.loadVisible(Visibility.of(caller, LocalDate.now()), List.of(id));
        audit.record(AuditEntry.of("register.view")
                .withPurpose(purpose)
                .withTerm("id", id)
                .withRecords(records(found))
                .by(caller));
        return found.stream().findFirst();
    }

    /** Creates an entity owned by the caller's state. */
    @Transactional
    public RegisterEntity create(EntityInput input, Caller caller) {
        String owner = writer(caller);
        EntityRecord record = EntityInputs.toRecord(input);
        Sharing sharing = sharing(owner, input);
        UUID id = UUID.randomUUID();
        writer.insert(id, record, sharing);
        writer.replaceRelationships(id, relationships(input, caller, id));
        changed(id, "register.create", owner, caller);
        return store.load(List.of(id)).get(0);
    }

    /** Replaces an entity's content and sharing (not its designations, which keep their history). */
    @Transactional
    public RegisterEntity update(UUID id, EntityInput input, Caller caller) {
        String owner = notWithdrawn(id, ownedByCaller(id, caller));
        EntityRecord record = EntityInputs.toRecord(input);
        writer.update(id, record, sharing(owner, input));
        writer.replaceRelationships(id, relationships(input, caller, id));
        changed(id, "register.update", owner, caller);
        return store.load(List.of(id)).get(0);
    }

    /**
     * Deletes an entity the register way: withdraws it. The entity and its history stay (visible by id and
     * with the search filter {@code WITHDRAWN}); it leaves screening, the default search and exports.
     * Withdrawing a withdrawn entity changes nothing but is audited again.
     */
    @Transactional
    public void withdraw(UUID id, Caller caller) {
        String owner = ownedByCaller(id, caller);
        writer.withdraw(id, caller.username());
        changed(id, "register.withdraw", owner, caller);
    }

    /**
     * Restores a withdrawn entity of the caller's state: it is back in screening, the default search and
     * exports, with everything it had (its history never left). Restoring an entity that is not withdrawn
     * changes nothing but is audited too.
     */
    @Transactional
    public RegisterEntity restore(UUID id, Caller caller) {
        String owner = ownedByCaller(id, caller);
        writer.restore(id);
        changed(id, "register.restore", owner, caller);
        return store.load(List.of(id)).get(0);
    }

    /** Adds a designation to an entity of the caller's state; returns the entity. */
    @Transactional
    public RegisterEntity designate(UUID id, EntityInput.DesignationInput input, Caller caller) {
        String owner = notWithdrawn(id, ownedByCaller(id, caller));
        writer.addDesignation(id, EntityInputs.designation("designation", input));
        changed(id, "register.designate", owner, caller);
        return store.load(List.of(id)).get(0);
    }

    /** Ends a designation in force on {@code on}; the designation is kept. */
    @Transactional
    public RegisterEntity delist(UUID id, long designationId, LocalDate on, Caller caller) {
        String owner = notWithdrawn(id, ownedByCaller(id, caller));
        if (!writer.delist(id, designationId, on)) {
            throw InvalidParameterException.field(
                    "designationId", "a designation of this entity in force, listed on or before " + on, designationId);
        }
        changed(id, "register.delist", owner, caller);
        return store.load(List.of(id)).get(0);
    }

    private void changed(UUID id, String action, String owner, Caller caller) {
        events.publishEvent(new RegisterChanged(java.util.Set.of(id)));
        audit.record(AuditEntry.of(action)
                .withPurpose(Purpose.DATA_MAINTENANCE)
                .withRecord(RECORD_TYPE, id, owner)
                .by(caller));
    }

    private static String writer(Caller caller) {
        caller.requireAnyRole(Role.ANALYST);
        return caller.requireState();
    }

    /** The owner, after checking the caller may see the entity (else 404) and belongs to its owner (else 403). */
    private String ownedByCaller(UUID id, Caller caller) {
        String state = writer(caller);
        if (store.visible(Visibility.of(caller, LocalDate.now()), List.of(id)).isEmpty()) {
            throw new EntityNotFoundException(id);
        }
        String owner = store.owner(id).orElseThrow(() -> new EntityNotFoundException(id));
        if (!owner.equals(state)) {
            throw new AccessDeniedException("only the owner state " + owner + " may change this record");
        }
        return owner;
    }

    private String notWithdrawn(UUID id, String owner) {
        if (store.withdrawn(id)) {
            throw InvalidParameterException.field("id", "an entity that has not been withdrawn", id);
        }
        return owner;
    }

    private static Sharing sharing(String owner, EntityInput input) {
        Distribution d = input.distribution() == null
                ? Distribution.ALL_MEMBERS
                : Distribution.parse("distribution", input.distribution());
        return Sharing.of(owner, d, input.sharedWith());
    }

    private List<RelationshipRef> relationships(EntityInput input, Caller caller, UUID subject) {
        List<RelationshipRef> out = new ArrayList<>();
        List<EntityInput.RelationshipInput> in = input.relationships() == null ? List.of() : input.relationships();
        for (int i = 0; i < in.size(); i++) {
            EntityInput.RelationshipInput r = in.get(i);
            String field = "relationships[" + i + "]";
            Predicate p;
            try {
                p = Predicate.valueOf(String.valueOf(r.predicate()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidParameterException.field(
                        field + ".predicate", "MEMBER_OF, LEADER_OF, SUCCESSOR_OF or ASSOCIATED_WITH", r.predicate());
            }
            if (r.objectId() == null
                    || r.objectId().equals(subject)
                    || store.visible(Visibility.of(caller, LocalDate.now()), List.of(r.objectId()))
                            .isEmpty()) {
                throw InvalidParameterException.field(
                        field + ".objectId", "the id of another register entity you can see", r.objectId());
            }
            out.add(new RelationshipRef(p, r.objectId().toString(), null, null));
        }
        return out;
    }

    private static List<AuditedRecord> records(List<RegisterEntity> entities) {
        return entities.stream()
                .map(e -> AuditedRecord.of(RECORD_TYPE, e.id(), e.ownerState()))
                .toList();
    }

    /** No entity with this id that the caller may see; answered as 404. */
    public static final class EntityNotFoundException extends RuntimeException {
        public EntityNotFoundException(UUID id) {
            super("no register entity " + id + " that you may see");
        }
    }
}

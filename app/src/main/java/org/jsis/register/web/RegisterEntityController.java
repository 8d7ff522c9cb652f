package org.jsis.register.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsis.audit.Purpose;
import org.jsis.platform.web.InvalidParameterException;
import org.jsis.register.EntityInput;
import org.jsis.register.RegisterEntities;
import org.jsis.register.RegisterEntity;
import org.jsis.register.Topic;
import org.jsis.security.Caller;
import org.jsis.security.CurrentCaller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's entities: search and read (analysts, officers, the Secretariat; with a purpose, audited,
 * only what the caller may see), create, change and delete (analysts of the owning state), designations
 * added and ended with their history kept.
 */
@RestController
@RequestMapping("/api/v1/register/entities")
class RegisterEntityController {

    static final Role[] READERS = {Role.ANALYST, Role.OFFICER, Role.SECRETARIAT};

    private final RegisterEntities entities;

    RegisterEntityController(RegisterEntities entities) {
        this.entities = entities;
    }

    record SearchAnswer(List<EntityView> entities) {}

    record Delisting(@Nullable LocalDate delistedOn) {}

    @GetMapping
    SearchAnswer search(
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String authority,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        Caller caller = CurrentCaller.require().requireAnyRole(READERS);
        Purpose p = Purpose.require(purpose);
        RegisterEntities.Criteria criteria = criteria(q, topic, authority, owner, status, limit);
        return new SearchAnswer(entities.search(criteria, p, caller).stream()
                .map(e -> EntityView.of(e, caller))
                .toList());
    }

    static RegisterEntities.Criteria criteria(
            @Nullable String q,
            @Nullable String topic,
            @Nullable String authority,
            @Nullable String owner,
            @Nullable String status,
            int limit) {
        Topic t = null;
        if (topic != null && !topic.isBlank()) {
            t = Topic.parse(topic)
                    .orElseThrow(() -> new InvalidParameterException(
                            "topic", "one of TERRORISM, EXTREMISM, WANTED, ENTRY_BAN, SANCTIONS", topic));
        }
        if (status != null
                && !status.isBlank()
                && !List.of("LISTED", "DELISTED", "WITHDRAWN")
                        .contains(status.strip().toUpperCase())) {
            throw new InvalidParameterException("status", "LISTED, DELISTED or WITHDRAWN", status);
        }
        if (owner != null && !owner.isBlank() && !owner.strip().matches("[A-Za-z]{3}")) {
            throw new InvalidParameterException("owner", "a member state's ISO alpha-3 code", owner);
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidParameterException("limit", "a whole number from 1 to 500", limit);
        }
        return new RegisterEntities.Criteria(q, t, authority, owner, status, limit);
    }

    @GetMapping("/{id}")
    EntityView view(@PathVariable UUID id, @RequestParam(required = false) String purpose) {
        Caller caller = CurrentCaller.require().requireAnyRole(READERS);
        RegisterEntity e = entities.view(id, Purpose.require(purpose), caller)
                .orElseThrow(() -> new RegisterEntities.EntityNotFoundException(id));
        return EntityView.of(e, caller);
    }

    @PostMapping
    ResponseEntity<EntityView> create(@RequestBody EntityInput input) {
        Caller caller = CurrentCaller.require();
        RegisterEntity e = entities.create(input, caller);
        return ResponseEntity.created(URI.create("/api/v1/register/entities/" + e.id()))
                .body(EntityView.of(e, caller));
    }

    @PutMapping("/{id}")
    EntityView update(@PathVariable UUID id, @RequestBody EntityInput input) {
        Caller caller = CurrentCaller.require();
        return EntityView.of(entities.update(id, input, caller), caller);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        entities.withdraw(id, CurrentCaller.require());
        return ResponseEntity.noContent().build();
    }

    /** Restores a withdrawn entity (owner state's analysts); answers the entity. */
    @PostMapping("/{id}/restoration")
    EntityView restore(@PathVariable UUID id) {
        Caller caller = CurrentCaller.require();
        return EntityView.of(entities.restore(id, caller), caller);
    }

    @PostMapping("/{id}/designations")
    ResponseEntity<EntityView> designate(@PathVariable UUID id, @RequestBody EntityInput.DesignationInput input) {
        Caller caller = CurrentCaller.require();
        return ResponseEntity.status(201).body(EntityView.of(entities.designate(id, input, caller), caller));
    }

    @PostMapping("/{id}/designations/{designationId}/delisting")
    EntityView delist(
            @PathVariable UUID id, @PathVariable long designationId, @RequestBody(required = false) Delisting body) {
        Caller caller = CurrentCaller.require();
        LocalDate on = body == null || body.delistedOn() == null ? LocalDate.now() : body.delistedOn();
        return EntityView.of(entities.delist(id, designationId, on, caller), caller);
    }
}

package org.jsis.register.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.RegisterEntity;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import org.jsis.security.Caller;
import org.jsis.security.Distribution;
import org.jsis.security.Sharing;
import org.jspecify.annotations.Nullable;

/**
 * A register entity as the API answers it; the sharing shows other recipients only to the owner, and who
 * withdrew a withdrawn entity is shown to the owner state only.
 */
record EntityView(
        UUID id,
        EntityType kind,
        String caption,
        String status,
        List<EntityName> names,
        @Nullable String firstName,
        @Nullable String patronymic,
        @Nullable String lastName,
        EntityRecord.@Nullable Gender gender,
        List<BirthDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<Identifier> identifiers,
        List<String> areas,
        Set<Topic> topics,
        @Nullable String notes,
        List<DesignationView> designations,
        List<SourceCitation> sources,
        List<RegisterEntity.Relation> relationships,
        @Nullable String sourceSystem,
        @Nullable String sourceRef,
        Sharing sharing,
        Instant updatedAt,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawnBy) {

    /** A designation with its id, for ending it ({@code POST .../designations/{id}/delisting}). */
    record DesignationView(
            long id,
            Designation.AuthorityKind authorityKind,
            String authority,
            @Nullable String authorityState,
            @Nullable String legalBasis,
            @Nullable String reference,
            @Nullable String program,
            java.time.@Nullable LocalDate listedOn,
            java.time.@Nullable LocalDate delistedOn) {

        static List<DesignationView> of(RegisterEntity e) {
            List<DesignationView> out = new java.util.ArrayList<>();
            for (int i = 0; i < e.content().designations().size(); i++) {
                Designation d = e.content().designations().get(i);
                out.add(new DesignationView(
                        e.designationIds().get(i),
                        d.authorityKind(),
                        d.authority(),
                        d.authorityState(),
                        d.legalBasis(),
                        d.reference(),
                        d.program(),
                        d.listedOn(),
                        d.delistedOn()));
            }
            return out;
        }
    }

    static EntityView of(RegisterEntity e, Caller caller) {
        EntityRecord r = e.content();
        Sharing sharing =
                new Sharing(e.ownerState(), Distribution.valueOf(e.distribution()), e.sharedWith()).viewFor(caller);
        return new EntityView(
                e.id(),
                r.kind(),
                r.caption(),
                e.status(),
                r.names(),
                r.firstName(),
                r.patronymic(),
                r.lastName(),
                r.gender(),
                r.birthDates(),
                r.birthPlaces(),
                r.nationalities(),
                r.identifiers(),
                r.areas(),
                r.topics(),
                r.notes(),
                DesignationView.of(e),
                r.sources(),
                e.relations(),
                e.sourceSystem(),
                r.sourceRef(),
                sharing,
                e.updatedAt(),
                e.withdrawnAt(),
                e.ownerState().equals(caller.stateCode()) ? e.withdrawnBy() : null);
    }
}

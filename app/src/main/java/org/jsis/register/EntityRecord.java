package org.jsis.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The content of a register entity as an importer reads it or a user enters it, before it gets an id
 * and an owner. Shaped after the FollowTheMoney Person / Organization schemata.
 *
 * @param sourceRef the record's reference in its source (e.g. the UN reference number {@code QDe.010}),
 *     by which a re-import recognises it; null for an entity entered by hand
 */
public record EntityRecord(
        EntityType kind,
        @Nullable String sourceRef,
        List<EntityName> names,
        @Nullable String firstName,
        @Nullable String patronymic,
        @Nullable String lastName,
        @Nullable Gender gender,
        List<BirthDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<Identifier> identifiers,
        List<String> areas,
        Set<Topic> topics,
        @Nullable String notes,
        List<Designation> designations,
        List<SourceCitation> sources,
        List<RelationshipRef> relationships) {

    public enum Gender {
        MALE,
        FEMALE
    }

    public EntityRecord {
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        if (names.stream().noneMatch(n -> n.type() == EntityName.Type.PRIMARY)) {
            throw new IllegalArgumentException("an entity needs a primary name");
        }
        if (kind == EntityType.ORGANISATION
                && (firstName != null || patronymic != null || lastName != null || gender != null)) {
            throw new IllegalArgumentException("an organisation has no first name, patronymic, last name or gender");
        }
        if (kind == EntityType.ORGANISATION && !birthDates.isEmpty()) {
            throw new IllegalArgumentException("an organisation has no birth date");
        }
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        identifiers = List.copyOf(identifiers);
        areas = List.copyOf(areas);
        topics = java.util.Collections.unmodifiableSet(
                topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics));
        designations = List.copyOf(designations);
        sources = List.copyOf(sources);
        relationships = List.copyOf(relationships);
        firstName = blankToNull(firstName);
        patronymic = blankToNull(patronymic);
        lastName = blankToNull(lastName);
        notes = blankToNull(notes);
        sourceRef = blankToNull(sourceRef);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The first primary name: what lists and pages show. */
    public String caption() {
        return names.stream()
                .filter(n -> n.type() == EntityName.Type.PRIMARY)
                .findFirst()
                .orElseThrow()
                .name();
    }

    /** A digest of the whole content, so that a re-import can tell an unchanged record from a changed one. */
    public String contentHash() {
        String canonical = toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A builder, for importers that collect the fields one by one. */
    public static Builder builder(EntityType kind) {
        return new Builder(kind);
    }

    /** Collects the fields of an {@link EntityRecord}. */
    public static final class Builder {
        private final EntityType kind;
        private @Nullable String sourceRef;
        private final List<EntityName> names = new java.util.ArrayList<>();
        private @Nullable String firstName;
        private @Nullable String patronymic;
        private @Nullable String lastName;
        private @Nullable Gender gender;
        private final List<BirthDate> birthDates = new java.util.ArrayList<>();
        private final List<String> birthPlaces = new java.util.ArrayList<>();
        private final List<String> nationalities = new java.util.ArrayList<>();
        private final List<Identifier> identifiers = new java.util.ArrayList<>();
        private final List<String> areas = new java.util.ArrayList<>();
        private final Set<Topic> topics = EnumSet.noneOf(Topic.class);
        private @Nullable String notes;
        private final List<Designation> designations = new java.util.ArrayList<>();
        private final List<SourceCitation> sources = new java.util.ArrayList<>();
        private final List<RelationshipRef> relationships = new java.util.ArrayList<>();

        private Builder(EntityType kind) {
            this.kind = kind;
        }

        public EntityType kind() {
            return kind;
        }

        public Builder sourceRef(@Nullable String v) {
            sourceRef = v;
            return this;
        }

        public Builder name(EntityName v) {
            if (names.stream().noneMatch(n -> n.name().equals(v.name()) && n.type() == v.type())) {
                names.add(v);
            }
            return this;
        }

        public Builder firstName(@Nullable String v) {
            firstName = v;
            return this;
        }

        public Builder patronymic(@Nullable String v) {
            patronymic = v;
            return this;
        }

        public Builder lastName(@Nullable String v) {
            lastName = v;
            return this;
        }

        public Builder gender(@Nullable Gender v) {
            gender = v;
            return this;
        }

        public Builder birthDate(BirthDate v) {
            if (!birthDates.contains(v)) {
                birthDates.add(v);
            }
            return this;
        }

        public Builder birthPlace(String v) {
            addDistinct(birthPlaces, v);
            return this;
        }

        public Builder nationality(String v) {
            addDistinct(nationalities, Countries.normalise(v));
            return this;
        }

        public Builder identifier(Identifier v) {
            if (!identifiers.contains(v)) {
                identifiers.add(v);
            }
            return this;
        }

        public Builder area(String v) {
            addDistinct(areas, v);
            return this;
        }

        public Builder topic(Topic v) {
            topics.add(v);
            return this;
        }

        public Builder notes(@Nullable String v) {
            notes = v;
            return this;
        }

        public Builder designation(Designation v) {
            designations.add(v);
            return this;
        }

        public Builder source(SourceCitation v) {
            sources.add(v);
            return this;
        }

        public Builder relationship(RelationshipRef v) {
            if (!relationships.contains(v)) {
                relationships.add(v);
            }
            return this;
        }

        private static void addDistinct(List<String> list, @Nullable String v) {
            if (v != null && !v.isBlank() && !list.contains(v.strip())) {
                list.add(v.strip());
            }
        }

        public EntityRecord build() {
            return new EntityRecord(
                    kind,
                    sourceRef,
                    names,
                    firstName,
                    patronymic,
                    lastName,
                    gender,
                    birthDates,
                    birthPlaces,
                    nationalities,
                    identifiers,
                    areas,
                    topics,
                    notes,
                    designations,
                    sources,
                    relationships);
        }
    }
}

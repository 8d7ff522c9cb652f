package org.jsis.namematch;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in a {@link NameIndex}: a name in any script and word order, optionally the
 * kind of entity, a (partial) birth date and a nationality, which move the score up or down.
 *
 * <pre>{@code
 * NameQuery q = NameQuery.builder("Nikolai Bordyuzha")
 *         .kind(EntityKind.PERSON)
 *         .birthDate(PartialDate.parse("1949"))
 *         .nationality("RU")
 *         .build();
 * }</pre>
 */
public final class NameQuery {

    /** How many hits a query returns unless {@link Builder#limit} says otherwise. */
    public static final int DEFAULT_LIMIT = 10;

    private final String name;
    private final @Nullable EntityKind kind;
    private final @Nullable PartialDate birthDate;
    private final @Nullable String nationality;
    private final double threshold;
    private final int limit;

    private NameQuery(Builder b) {
        this.name = b.name;
        this.kind = b.kind;
        this.birthDate = b.birthDate;
        this.nationality = b.nationality;
        this.threshold = b.threshold;
        this.limit = b.limit;
    }

    /** A query for the name with the default threshold and limit. */
    public static NameQuery of(String name) {
        return builder(name).build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The kind of entity wanted; empty means any. */
    public Optional<EntityKind> kind() {
        return Optional.ofNullable(kind);
    }

    public Optional<PartialDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<String> nationality() {
        return Optional.ofNullable(nationality);
    }

    /** Hits scoring below this are not returned. */
    public double threshold() {
        return threshold;
    }

    /** At most this many hits are returned, best first. */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "NameQuery[name=" + name + ", kind=" + kind + ", birthDate=" + birthDate + ", nationality=" + nationality
                + ", threshold=" + threshold + ", limit=" + limit + "]";
    }

    /** Builds a {@link NameQuery}; each setter validates its argument. */
    public static final class Builder {
        private final String name;
        private @Nullable EntityKind kind;
        private @Nullable PartialDate birthDate;
        private @Nullable String nationality;
        private double threshold = NameIndex.DEFAULT_THRESHOLD;
        private int limit = DEFAULT_LIMIT;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder kind(@Nullable EntityKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder birthDate(@Nullable PartialDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** An ISO 3166-1 alpha-2 or alpha-3 code or a country name; blank means unknown. */
        public Builder nationality(@Nullable String nationality) {
            this.nationality = nationality == null || nationality.isBlank() ? null : nationality.strip();
            return this;
        }

        /** @throws IllegalArgumentException unless {@code 0 <= threshold <= 1} */
        public Builder threshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
            }
            this.threshold = threshold;
            return this;
        }

        /** @throws IllegalArgumentException unless {@code limit >= 1} */
        public Builder limit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, was " + limit);
            }
            this.limit = limit;
            return this;
        }

        public NameQuery build() {
            return new NameQuery(this);
        }
    }
}

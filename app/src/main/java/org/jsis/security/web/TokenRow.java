package org.jsis.security.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsis.security.internal.ApiTokens.IssuedToken;
import org.jsis.security.internal.ApiTokens.TokenInfo;
import org.jspecify.annotations.Nullable;

/**
 * An API token as the console lists it (never its secret); times in UTC.
 *
 * @param status {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}
 */
public record TokenRow(
        long id,
        String name,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        @Nullable OffsetDateTime lastUsedAt,
        @Nullable OffsetDateTime revokedAt,
        String status) {

    static List<TokenRow> of(List<TokenInfo> tokens) {
        Instant now = Instant.now();
        return tokens.stream().map(t -> of(t, now)).toList();
    }

    static TokenRow of(TokenInfo t, Instant now) {
        String status = t.revokedAt() != null ? "REVOKED" : t.activeAt(now) ? "ACTIVE" : "EXPIRED";
        return new TokenRow(
                t.id(),
                t.name(),
                utc(t.createdAt()),
                utc(t.expiresAt()),
                utcOrNull(t.lastUsedAt()),
                utcOrNull(t.revokedAt()),
                status);
    }

    public boolean active() {
        return status.equals("ACTIVE");
    }

    /** A token just issued, shown once: its secret and expiry. */
    public record Issued(long id, String name, String secret, OffsetDateTime expiresAt) {

        static Issued of(IssuedToken t) {
            return new Issued(t.id(), t.name(), t.token(), utc(t.expiresAt()));
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static @Nullable OffsetDateTime utcOrNull(@Nullable Instant at) {
        return at == null ? null : utc(at);
    }
}

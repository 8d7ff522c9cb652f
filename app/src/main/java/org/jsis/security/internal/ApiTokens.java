package org.jsis.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table: only SHA-256 hashes of the tokens are stored. */
@Repository
public class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as listed: never the token itself. */
    public record TokenInfo(
            long id,
            long userId,
            String name,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A token just issued: the only time {@code token} is known. */
    public record IssuedToken(long id, String name, String token, Instant expiresAt) {}

    public IssuedToken issue(long userId, String name, String token, Duration validity, @Nullable Long createdBy) {
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        long id = jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_sha256, created_at, expires_at, created_by)
                        VALUES (:userId, :name, :hash, :now, :expires, :createdBy) RETURNING id
                        """)
                .param("userId", userId)
                .param("name", name)
                .param("hash", Tokens.sha256(token))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("expires", expires.atOffset(ZoneOffset.UTC))
                .param("createdBy", createdBy)
                .query(Long.class)
                .single();
        return new IssuedToken(id, name, token, expires);
    }

    /** The token whose hash matches, whatever its state (the caller decides about expiry and revocation). */
    public Optional<TokenInfo> findByToken(String token) {
        return jdbc.sql("SELECT * FROM api_token WHERE token_sha256 = :hash")
                .param("hash", Tokens.sha256(token))
                .query(ApiTokens::info)
                .optional();
    }

    public List<TokenInfo> listForUser(long userId) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :userId ORDER BY created_at DESC, id DESC")
                .param("userId", userId)
                .query(ApiTokens::info)
                .list();
    }

    public Optional<TokenInfo> find(long userId, long tokenId) {
        return jdbc.sql("SELECT * FROM api_token WHERE user_id = :userId AND id = :id")
                .param("userId", userId)
                .param("id", tokenId)
                .query(ApiTokens::info)
                .optional();
    }

    /** Revokes a token of a user; revoking an already revoked token changes nothing. */
    public boolean revoke(long userId, long tokenId) {
        return jdbc.sql(
                                "UPDATE api_token SET revoked_at = :now WHERE user_id = :userId AND id = :id AND revoked_at IS NULL")
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .param("userId", userId)
                        .param("id", tokenId)
                        .update()
                > 0;
    }

    /**
     * Notes the use of a token just read, at most once a minute: when the row read says it was used less
     * than a minute ago, nothing is sent to the database (an API client's every request would otherwise
     * cost a round trip for an update that changes nothing).
     */
    public void touch(TokenInfo token) {
        Instant used = token.lastUsedAt();
        if (used != null && used.isAfter(clock.instant().minusSeconds(60))) {
            return;
        }
        touch(token.id());
    }

    /** Notes the use of a token, at most once a minute per token to spare the database. */
    public void touch(long tokenId) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :threshold)
                        """)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("threshold", now.minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("id", tokenId)
                .update();
    }

    private static TokenInfo info(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TokenInfo(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                instant(rs.getObject("created_at", OffsetDateTime.class)),
                instant(rs.getObject("expires_at", OffsetDateTime.class)),
                instantOrNull(rs.getObject("revoked_at", OffsetDateTime.class)),
                instantOrNull(rs.getObject("last_used_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}

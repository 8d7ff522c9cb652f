package org.jsis.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table: only SHA-256 hashes of the tokens are stored. */
@Repository
public class ApiTokens {

    private final JdbcClient jdbc;
    private final ObjectProvider<BearerCache> cache;
    private final Clock clock = Clock.systemUTC();

    ApiTokens(JdbcClient jdbc, ObjectProvider<BearerCache> cache) {
        this.jdbc = jdbc;
        this.cache = cache;
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
        boolean revoked = jdbc.sql(
                                "UPDATE api_token SET revoked_at = :now WHERE user_id = :userId AND id = :id AND revoked_at IS NULL")
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .param("userId", userId)
                        .param("id", tokenId)
                        .update()
                > 0;
        // This node refuses the token from the commit on; others when the trigger's notification reaches them.
        cache.ifAvailable(c -> c.forgetToken(tokenId));
        return revoked;
    }

    /**
     * What a bearer request needs, read in one round trip: the token with its user (roles, agency, state)
     * and, for a user of a member state, the state's membership status on {@code on} (as
     * {@code jsis_membership_status} judges it; {@code null} when no period covers the date or the user belongs
     * to the Secretariat). This reads the database; {@link BearerCache} keeps what it read.
     */
    public Optional<Bearer> authenticate(String token, LocalDate on) {
        return authenticate(Tokens.sha256(token), on);
    }

    /** As {@link #authenticate(String, LocalDate)}, for the token's SHA-256. */
    public Optional<Bearer> authenticate(byte[] sha256, LocalDate on) {
        return jdbc.sql(BEARER)
                .param("hash", sha256)
                .param("on", on)
                .query((rs, n) -> new Bearer(
                        info(rs, "token_"), UserAccounts.account(rs, n), on, rs.getString("membership_status")))
                .optional();
    }

    /** A bearer token as {@link #authenticate} read it, with its user and the user's state's membership on a day. */
    public record Bearer(
            TokenInfo token,
            UserAccounts.Account account,
            LocalDate on,
            @Nullable String membershipStatus) {}

    /**
     * The token (its columns renamed), then the columns of {@link UserAccounts#SELECT}, then the membership:
     * the statement of {@code jsis_membership_status} (V1_5) written out, because PostgreSQL plans the statement
     * of an SQL function anew on every call (0.07 ms per bearer request in {@code pg_stat_statements}), while
     * this query's plan is prepared once per connection. {@code BearerMembershipIntegrationTests} compares the
     * two on every state and period boundary.
     */
    private static final String BEARER = """
            SELECT t.id AS token_id, t.user_id AS token_user_id, t.name AS token_name,
                   t.created_at AS token_created_at, t.expires_at AS token_expires_at,
                   t.revoked_at AS token_revoked_at, t.last_used_at AS token_last_used_at,
                   u.id, u.username, u.display_name, u.password_hash, u.enabled, u.failed_logins, u.locked_until,
                   u.created_at, a.code AS agency_code, a.state_code,
                   ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles,
                   (SELECT p.status FROM membership_period p
                    WHERE p.state_code = a.state_code AND p.valid_from <= :on
                      AND (p.valid_to IS NULL OR :on < p.valid_to)
                    ORDER BY p.valid_from DESC LIMIT 1) AS membership_status
            FROM api_token t JOIN app_user u ON u.id = t.user_id JOIN agency a ON a.id = u.agency_id
            WHERE t.token_sha256 = :hash
            """;

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
        return info(rs, "");
    }

    /** A token read from columns named {@code prefix} + its column names ({@code id}, {@code user_id}, ...). */
    private static TokenInfo info(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        return new TokenInfo(
                rs.getLong(prefix + "id"),
                rs.getLong(prefix + "user_id"),
                rs.getString(prefix + "name"),
                instant(rs.getObject(prefix + "created_at", OffsetDateTime.class)),
                instant(rs.getObject(prefix + "expires_at", OffsetDateTime.class)),
                instantOrNull(rs.getObject(prefix + "revoked_at", OffsetDateTime.class)),
                instantOrNull(rs.getObject(prefix + "last_used_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}

package org.jsis.security.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} and {@code app_user_role} tables. */
@Repository
public class UserAccounts {

    static final String SELECT = """
            SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled, u.failed_logins, u.locked_until,
                   u.created_at, a.code AS agency_code, a.state_code,
                   ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles
            FROM app_user u JOIN agency a ON a.id = u.agency_id
            """;

    private final JdbcClient jdbc;
    private final ObjectProvider<BearerCache> cache;

    UserAccounts(JdbcClient jdbc, ObjectProvider<BearerCache> cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** A user as stored, with the password hash; never leaves the security module. */
    public record Account(
            long id,
            String username,
            @Nullable String displayName,
            @Nullable String passwordHash,
            boolean enabled,
            int failedLogins,
            @Nullable Instant lockedUntil,
            Instant createdAt,
            String agencyCode,
            @Nullable String stateCode,
            Set<Role> roles) {

        public Caller caller() {
            return new Caller(id, username, stateCode, agencyCode, roles);
        }

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username")
                .param("username", username)
                .query(UserAccounts::account)
                .optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id")
                .param("id", id)
                .query(UserAccounts::account)
                .optional();
    }

    /** Users of a state ({@code null}: every user), by username. */
    public List<Account> list(@Nullable String stateCode, boolean secretariatOnly) {
        String where = secretariatOnly
                ? " WHERE a.state_code IS NULL"
                : stateCode == null ? "" : " WHERE a.state_code = :state";
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + where + " ORDER BY u.username");
        if (stateCode != null && !secretariatOnly) {
            spec = spec.param("state", stateCode);
        }
        return spec.query(UserAccounts::account).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public long create(
            String username,
            @Nullable String displayName,
            long agencyId,
            @Nullable String passwordHash,
            Set<Role> roles,
            @Nullable Long createdBy) {
        long id = jdbc.sql("""
                        INSERT INTO app_user (username, display_name, agency_id, password_hash, created_by)
                        VALUES (:username, :displayName, :agencyId, :hash, :createdBy) RETURNING id
                        """)
                .param("username", username)
                .param("displayName", displayName)
                .param("agencyId", agencyId)
                .param("hash", passwordHash)
                .param("createdBy", createdBy)
                .query(Long.class)
                .single();
        replaceRoles(id, roles);
        return id;
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("DELETE FROM app_user_role WHERE user_id = :id")
                .param("id", userId)
                .update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (:id, :role)")
                    .param("id", userId)
                    .param("role", role.name())
                    .update();
        }
        // This node uses the new roles from the commit on; others when the trigger's notification reaches them.
        cache.ifAvailable(c -> c.forgetUser(userId));
    }

    public void setPasswordHash(long userId, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, failed_logins = 0, locked_until = NULL WHERE id = :id")
                .param("hash", hash)
                .param("id", userId)
                .update();
    }

    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", userId)
                .update();
        cache.ifAvailable(c -> c.forgetUser(userId));
    }

    /**
     * Counts a failed login and locks the account once {@code threshold} failures follow each other.
     *
     * @return the time the account is locked until, if it now is
     */
    public Optional<Instant> recordFailedLogin(String username, int threshold, Instant lockUntil) {
        return jdbc.sql("""
                        UPDATE app_user
                        SET failed_logins = failed_logins + 1,
                            locked_until = CASE WHEN failed_logins + 1 >= :threshold THEN :until ELSE locked_until END
                        WHERE username = :username
                        RETURNING locked_until
                        """)
                .param("threshold", threshold)
                .param("until", lockUntil.atOffset(ZoneOffset.UTC))
                .param("username", username)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .optional()
                .flatMap(o -> o);
    }

    public void recordSuccessfulLogin(long userId) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id AND failed_logins > 0")
                .param("id", userId)
                .update();
    }

    static Account account(ResultSet rs, int n) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("agency_code"),
                rs.getString("state_code"),
                roles(rs.getArray("roles")));
    }

    private static Set<Role> roles(@Nullable Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                roles.add(Role.valueOf((String) o));
            }
        }
        return roles;
    }

    /** The codes of the member states (whatever their membership today), sorted. */
    public java.util.SortedSet<String> stateCodes() {
        return new java.util.TreeSet<>(
                jdbc.sql("SELECT code FROM member_state").query(String.class).list());
    }

    /** Agencies by code, for assigning users. */
    public record Agency(long id, String code, @Nullable String stateCode) {}

    public Optional<Agency> agency(String code) {
        return jdbc.sql("SELECT id, code, state_code FROM agency WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public List<Agency> secretariatAgencies() {
        return new ArrayList<>(jdbc.sql("""
                        SELECT id, code, state_code FROM agency WHERE state_code IS NULL
                        ORDER BY (kind = 'SECRETARIAT') DESC, id
                        """)
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    public long createSecretariatAgency(String code) {
        return jdbc.sql("""
                        INSERT INTO agency (code, state_code, kind, name_en, name_ru)
                        VALUES (:code, NULL, 'SECRETARIAT', 'CSTO Secretariat', 'Секретариат ОДКБ')
                        ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code
                        RETURNING id
                        """).param("code", code).query(Long.class).single();
    }
}

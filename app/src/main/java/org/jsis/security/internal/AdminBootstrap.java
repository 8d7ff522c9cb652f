package org.jsis.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import org.jsis.audit.Actor;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start: when no user exists, creates the administrator {@code admin} (role ADMIN, in the
 * Secretariat) with an API token and no password. The token is {@code JSIS_ADMIN_TOKEN} when set;
 * otherwise a generated one written once to {@code <data dir>/initial-admin-token} (mode 0600). One log
 * line says where the token is.
 */
@Component
@ConditionalOnWebApplication
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    static final String SECRETARIAT_AGENCY = "CSTO-SECRETARIAT";
    static final String TOKEN_FILE = "initial-admin-token";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Path dataDir;

    AdminBootstrap(
            JdbcClient jdbc,
            UserAccounts accounts,
            ApiTokens tokens,
            AuditLog audit,
            SecurityProperties properties,
            @Value("${jsis.db.data-dir:./data}") Path dataDir) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.properties = properties;
        this.dataDir = dataDir;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createAdministratorIfNoUser();
    }

    /** Creates the administrator when there is no user; returns whether it did. */
    @Transactional
    public boolean createAdministratorIfNoUser() {
        // Two servers starting on one database must not both create an administrator.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('jsis.security.admin-bootstrap'))")
                .query()
                .singleRow();
        if (accounts.count() > 0) {
            return false;
        }
        String given = properties.adminToken();
        if (!given.isEmpty() && !Tokens.wellFormed(given)) {
            throw new IllegalStateException("JSIS_ADMIN_TOKEN must be " + Tokens.EXPECTED_FORM);
        }
        String token = given.isEmpty() ? Tokens.generate() : given;
        long agencyId = secretariatAgency();
        long userId = accounts.create(ADMIN, "Administrator", agencyId, null, EnumSet.of(Role.ADMIN), null);
        tokens.issue(userId, "initial administrator token", token, properties.adminTokenValidity(), null);
        audit.record(AuditEntry.of("security.bootstrap")
                .withRecord("user", userId, null)
                .by(Actor.system("bootstrap")));
        if (given.isEmpty()) {
            Path file = writeTokenFile(token);
            log.info(
                    "JSIS: created the administrator '{}'; its API token is in {} (mode 0600): use it once, then delete the file",
                    ADMIN,
                    file);
        } else {
            log.info("JSIS: created the administrator '{}'; its API token is the value of JSIS_ADMIN_TOKEN", ADMIN);
        }
        return true;
    }

    private long secretariatAgency() {
        List<UserAccounts.Agency> agencies = accounts.secretariatAgencies();
        return agencies.isEmpty()
                ? accounts.createSecretariatAgency(SECRETARIAT_AGENCY)
                : agencies.get(0).id();
    }

    private Path writeTokenFile(String token) {
        try {
            Path dir = dataDir.toAbsolutePath();
            Files.createDirectories(dir);
            Path file = dir.resolve(TOKEN_FILE);
            Path temp = Files.createTempFile(
                    dir,
                    ".initial-admin-token",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, token + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the initial administrator token to " + dataDir, e);
        }
    }
}

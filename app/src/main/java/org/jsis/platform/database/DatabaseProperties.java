package org.jsis.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where JSIS keeps its data.
 *
 * @param dataDir the data directory; the embedded PostgreSQL lives in {@code <dataDir>/pg}
 * @param url JDBC URL of an external PostgreSQL; when blank, the embedded one is started
 * @param user user for the external PostgreSQL
 * @param password password for the external PostgreSQL
 * @param ephemeral when true, the embedded PostgreSQL uses a fresh temporary directory that is
 *     removed on shutdown (tests)
 * @param sharedBuffers the embedded PostgreSQL's {@code shared_buffers} (default 1GB for a durable data
 *     directory, 128MB for an ephemeral one)
 */
@ConfigurationProperties("jsis.db")
public record DatabaseProperties(
        Path dataDir, String url, String user, String password, boolean ephemeral, String sharedBuffers) {

    public DatabaseProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        sharedBuffers =
                sharedBuffers == null || sharedBuffers.isBlank() ? (ephemeral ? "128MB" : "1GB") : sharedBuffers.trim();
        url = url == null ? "" : url.trim();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    boolean external() {
        return !url.isEmpty();
    }
}

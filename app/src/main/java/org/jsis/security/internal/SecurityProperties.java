package org.jsis.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the security module.
 *
 * @param adminToken the first administrator's API token ({@code JSIS_ADMIN_TOKEN}); blank: generate one
 * @param adminTokenValidity how long the first administrator's token is valid
 * @param lockoutThreshold failed logins in a row after which an account is locked
 * @param lockoutDuration how long it stays locked
 * @param maxTokenValidity the longest validity a user may ask for a token
 */
@ConfigurationProperties("jsis.security")
public record SecurityProperties(
        String adminToken,
        Duration adminTokenValidity,
        int lockoutThreshold,
        Duration lockoutDuration,
        Duration maxTokenValidity) {

    public SecurityProperties {
        adminToken = adminToken == null ? "" : adminToken.trim();
        adminTokenValidity = adminTokenValidity == null ? Duration.ofDays(90) : adminTokenValidity;
        lockoutThreshold = lockoutThreshold <= 0 ? 5 : lockoutThreshold;
        lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration;
        maxTokenValidity = maxTokenValidity == null ? Duration.ofDays(365) : maxTokenValidity;
    }
}

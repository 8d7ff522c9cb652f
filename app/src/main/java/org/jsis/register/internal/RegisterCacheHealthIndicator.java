package org.jsis.register.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code registerCache}: {@code OUT_OF_SERVICE} while {@link RegisterCacheWarmUp} loads
 * the screening's tables into PostgreSQL's shared buffers at start, {@code UP} otherwise (also when it was
 * skipped or failed: screening answers the same without it, only its first reads are slower).
 */
@Component
class RegisterCacheHealthIndicator implements HealthIndicator {

    private final RegisterCacheWarmUp warmUp;

    RegisterCacheHealthIndicator(RegisterCacheWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Health health() {
        Health.Builder health =
                warmUp.state() == RegisterCacheWarmUp.State.RUNNING ? Health.outOfService() : Health.up();
        return health.withDetails(warmUp.status()).build();
    }
}

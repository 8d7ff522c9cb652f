package org.jsis.register.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code registerIndex}: {@code OUT_OF_SERVICE} while the name index loads at start
 * (with the count loaded so far), {@code DOWN} when the load failed, {@code UP} once screening can answer.
 */
@Component
class RegisterIndexHealthIndicator implements HealthIndicator {

    private final RegisterIndex index;

    RegisterIndexHealthIndicator(RegisterIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        Health.Builder health = switch (index.state()) {
            case READY, DISABLED -> Health.up();
            case LOADING -> Health.outOfService();
            case FAILED -> Health.down();
        };
        return health.withDetails(index.status()).build();
    }
}

package org.jsis.register.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * The name index's searches as metrics ({@code /actuator/prometheus}): how many ran, how long they waited for a
 * turn (the limit on searches at once), how long they ran, and their threads' CPU time while running, so that
 * a screening's server CPU can be split into the matcher's and the rest (bench/register-screening reads them).
 */
@Component
class RegisterIndexMetrics implements MeterBinder {

    private final RegisterIndex index;

    RegisterIndexMetrics(RegisterIndex index) {
        this.index = index;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "jsis.register.searches", "searches of the register's name index", s -> s.searches());
        seconds(registry, "jsis.register.search.wait", "time searches waited for a turn", s -> s.waitNanos());
        seconds(registry, "jsis.register.search.run", "time searches ran (after their turn came)", s -> s.runNanos());
        seconds(
                registry,
                "jsis.register.search.cpu",
                "CPU time of the searching threads while searching (matcher and visibility check)",
                s -> s.cpuNanos());
        Gauge.builder("jsis.register.search.waiting", index, i -> i.searchesWaiting())
                .description("searches waiting for a turn now")
                .register(registry);
    }

    private void counter(
            MeterRegistry registry, String name, String description, ToDoubleFunction<RegisterIndex.SearchStats> f) {
        FunctionCounter.builder(name, index, i -> f.applyAsDouble(i.searchStats()))
                .description(description)
                .register(registry);
    }

    private void seconds(
            MeterRegistry registry, String name, String description, ToDoubleFunction<RegisterIndex.SearchStats> f) {
        FunctionCounter.builder(name, index, i -> f.applyAsDouble(i.searchStats()) / 1e9)
                .baseUnit("seconds")
                .description(description)
                .register(registry);
    }
}

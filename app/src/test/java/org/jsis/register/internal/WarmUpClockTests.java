package org.jsis.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarmUpClockTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicLong compileMillis = new AtomicLong(5_000);

    private void advance(long millis, long compiledMillis) {
        nanos.addAndGet(millis * 1_000_000);
        compileMillis.addAndGet(compiledMillis);
    }

    @Test
    void stopsOnceTheCompilersHaveBeenQuietForTwoWindowsInARow() {
        WarmUpClock clock = new WarmUpClock(20_000, nanos::get, compileMillis::get);
        advance(1_000, 900); // busy
        assertThat(clock.done()).isFalse();
        advance(1_000, 50); // quiet
        assertThat(clock.done()).isFalse();
        advance(1_000, 400); // busy again: starts over
        assertThat(clock.done()).isFalse();
        advance(1_000, 20);
        assertThat(clock.done()).isFalse();
        advance(500, 0); // within the window: not measured yet
        assertThat(clock.done()).isFalse();
        advance(500, 30);
        assertThat(clock.done()).isTrue();
        assertThat(clock.quiet()).isTrue();
        assertThat(clock.compileMillis()).isEqualTo(1_400);
    }

    @Test
    void stopsAtItsLimitWhileTheCompilersStayBusy() {
        WarmUpClock clock = new WarmUpClock(3_000, nanos::get, compileMillis::get);
        for (int i = 0; i < 2; i++) {
            advance(1_000, 600);
            assertThat(clock.done()).isFalse();
        }
        advance(1_000, 600);
        assertThat(clock.done()).isTrue();
        assertThat(clock.quiet()).isFalse();
    }

    @Test
    void runsToItsLimitWhenTheCompilersCannotBeWatched() {
        WarmUpClock clock = new WarmUpClock(3_000, nanos::get, () -> -1);
        for (int i = 0; i < 2; i++) {
            advance(1_000, 0);
            assertThat(clock.done()).isFalse();
        }
        advance(1_000, 0);
        assertThat(clock.done()).isTrue();
        assertThat(clock.quiet()).isFalse();
        assertThat(clock.compileMillis()).isEqualTo(-1);
    }

    @Test
    void readsAThreadsCpuTicksFromItsStatLineWhateverItsName() {
        String stat = "4242 (C2 CompilerThre) S 1 1 1 0 -1 1077936192 0 0 0 0 1234 56 0 0 20 0 30 0 100 0 0";
        assertThat(WarmUpClock.cpuTicks(stat)).isEqualTo(1_290);
        assertThat(WarmUpClock.cpuTicks("7 (a) b) c) R 1 1 1 0 -1 0 0 0 0 0 3 4 0 0"))
                .isEqualTo(7);
    }

    @Test
    void findsThisJvmsCompilerThreadsOnLinux() {
        Path tasks = Path.of("/proc/self/task");
        assumeTrue(Files.isDirectory(tasks), "Linux /proc");
        assertThat(WarmUpClock.procCompilerMillis(tasks)).isGreaterThanOrEqualTo(0);
        assertThat(WarmUpClock.procCompilerMillis(Path.of("/nonexistent"))).isEqualTo(-1);
    }
}

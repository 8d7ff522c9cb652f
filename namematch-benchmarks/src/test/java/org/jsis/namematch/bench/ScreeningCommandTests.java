package org.jsis.namematch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live-heap histogram behind {@code ScreeningCommand --retained}. */
class ScreeningCommandTests {

    /** Instances of a class of its own, kept live, and then left to the collector. */
    private static final class Kept {
        private final long value;

        Kept(long value) {
            this.value = value;
        }
    }

    /** The histogram counts live instances only: what is held shows, what is dropped is collected first. */
    @Test
    void theLiveHistogramCountsWhatIsHeldAndNotWhatWasDropped() {
        String name = Kept.class.getName();
        Map<String, long[]> before = ScreeningCommand.liveHistogram();
        List<Kept> held = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            held.add(new Kept(i));
            new Kept(-i).hashCode(); // garbage at once
        }
        Map<String, long[]> after = ScreeningCommand.liveHistogram();
        long grown = after.getOrDefault(name, new long[2])[0] - before.getOrDefault(name, new long[2])[0];
        assertThat(grown).isEqualTo(5_000);
        assertThat(after.get(name)[1]).isGreaterThanOrEqualTo(5_000L * 16);
        assertThat(after.get("java.lang.String")[0]).isPositive();
        held.clear();
        assertThat(ScreeningCommand.liveHistogram().getOrDefault(name, new long[2])[0])
                .isZero();
    }
}

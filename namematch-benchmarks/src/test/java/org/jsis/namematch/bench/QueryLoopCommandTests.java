package org.jsis.namematch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsis.namematch.bench.eval.Query;
import org.jsis.namematch.bench.synth.RegisterShapedData;
import org.junit.jupiter.api.Test;

/** {@code QueryLoopCommand --named}: which of the register's queries it answers again and again. */
class QueryLoopCommandTests {

    private static final List<Query> QUERIES =
            RegisterShapedData.generate(2_000, 30, 42, "bench").queries();

    @Test
    void theNamedQueriesAreFoundInTheOrderNamed() {
        String second = QUERIES.get(1).name();
        String fifth = QUERIES.get(4).name();

        List<Query> named = QueryLoopCommand.named(QUERIES, " " + fifth + " | " + second + " ");

        assertThat(named).extracting(Query::name).containsExactly(fifth, second);
        assertThat(named.get(0)).isSameAs(QUERIES.get(4));
    }

    @Test
    void aNameNoQueryHasIsNamedInTheError() {
        String known = QUERIES.get(0).name();

        assertThatThrownBy(() -> QueryLoopCommand.named(QUERIES, known + "|Nobody Anywhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Nobody Anywhere' is not among the " + QUERIES.size() + " queries");
        assertThatThrownBy(() -> QueryLoopCommand.named(QUERIES, " | "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one query name or more");
    }
}

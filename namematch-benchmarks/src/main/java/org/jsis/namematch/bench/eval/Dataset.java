package org.jsis.namematch.bench.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A list to screen against and the labelled queries to screen. */
public record Dataset(String name, List<ListEntry> list, List<Query> queries) {

    public Dataset {
        list = List.copyOf(list);
        queries = List.copyOf(queries);
        Set<String> ids = new HashSet<>();
        for (ListEntry e : list) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("data set " + name + ": duplicate list id " + e.id());
            }
        }
        for (Query q : queries) {
            if (!ids.containsAll(q.expected())) {
                throw new IllegalArgumentException("data set " + name + ": query " + q.id() + " expects " + q.expected()
                        + ", not all in the list");
            }
        }
    }

    public long positives() {
        return queries.stream().filter(Query::positive).count();
    }
}

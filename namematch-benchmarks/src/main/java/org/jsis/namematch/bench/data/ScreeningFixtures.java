package org.jsis.namematch.bench.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsis.namematch.bench.eval.Dataset;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;

/**
 * The OpenSanctions screening fixtures (yente {@code candidate_generation_benchmark} and
 * {@code validation_report}) against the UN Consolidated List.
 *
 * <p>The positives carry no list id. Row i of {@code positives_un_treated.csv} is row i of
 * {@code positives_un_untreated.csv} with typos, reordering and altered dates applied, and the
 * untreated {@code full_name} is the UN name as OpenSanctions cleaned it. So the expected entry of
 * row i is the UN individual one of whose names has the same letters as the untreated name (accents,
 * case and punctuation ignored; in any word order when the exact order finds none), narrowed by
 * birth date when several do. One row breaks the pattern (row 393: the treated name is another
 * listed person's exact name, NOOR BARZAN … instead of MOHAMMAD BARZAN …): when the treated name
 * exactly names an individual that the untreated name does not, that individual is expected. Rows
 * that find no individual (persons delisted since the fixtures were cut) are left out and counted.
 * Every query is a person query.
 */
public final class ScreeningFixtures {

    private ScreeningFixtures() {}

    /** The data set: the whole UN list (with original-script names), treated positives, negatives. */
    public static Loaded load(Path unXml, Path fixturesDir) {
        List<UnRecord> un = UnConsolidatedList.read(unXml);
        List<ListEntry> list = un.stream().map(r -> r.entry(true)).toList();
        Map<String, Set<UnRecord>> exact = new HashMap<>();
        Map<String, Set<UnRecord>> anyOrder = new HashMap<>();
        for (UnRecord r : un) {
            if (r.kind() != Kind.PERSON) {
                continue;
            }
            for (String n : r.names(false)) {
                exact.computeIfAbsent(Names.key(n), k -> new LinkedHashSet<>()).add(r);
                anyOrder.computeIfAbsent(Names.sortedKey(n), k -> new LinkedHashSet<>())
                        .add(r);
            }
        }
        List<CSVRecord> untreated = rows(fixturesDir.resolve("positives_un_untreated.csv"));
        List<CSVRecord> treated = rows(fixturesDir.resolve("positives_un_treated.csv"));
        if (untreated.size() != treated.size()) {
            throw new IllegalArgumentException(
                    "treated and untreated positives differ in length: " + treated.size() + " vs " + untreated.size());
        }
        List<Query> queries = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (int i = 0; i < treated.size(); i++) {
            CSVRecord u = untreated.get(i);
            Set<UnRecord> found = lookUp(exact, anyOrder, u.get("full_name"));
            found = narrowByBirthDate(found, u.get("date_of_birth"));
            Set<UnRecord> named = lookUp(exact, anyOrder, treated.get(i).get("full_name"));
            if (!named.isEmpty() && named.stream().noneMatch(found::contains)) {
                // Not a treatment of the untreated row but another listed person's exact name (one row).
                found = narrowByBirthDate(named, treated.get(i).get("date_of_birth"));
            }
            if (found.isEmpty()) {
                unresolved.add(u.get("full_name"));
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            found.forEach(r -> ids.add(r.id()));
            queries.add(query("pos-" + (i + 1), "fixtures-positive", treated.get(i), ids));
        }
        List<CSVRecord> negatives = rows(fixturesDir.resolve("negatives_global.csv"));
        for (int i = 0; i < negatives.size(); i++) {
            queries.add(query("neg-" + (i + 1), "fixtures-negative", negatives.get(i), Set.of()));
        }
        return new Loaded(new Dataset("opensanctions-fixtures", list, queries), unresolved);
    }

    private static Set<UnRecord> lookUp(
            Map<String, Set<UnRecord>> exact, Map<String, Set<UnRecord>> anyOrder, String name) {
        Set<UnRecord> found = exact.getOrDefault(Names.key(name), Set.of());
        return found.isEmpty() ? anyOrder.getOrDefault(Names.sortedKey(name), Set.of()) : found;
    }

    /** The data set and the untreated names that found no UN individual. */
    public record Loaded(Dataset dataset, List<String> unresolved) {}

    private static Set<UnRecord> narrowByBirthDate(Set<UnRecord> candidates, String dob) {
        if (candidates.size() <= 1 || dob.isBlank()) {
            return candidates;
        }
        Set<UnRecord> agreeing = new LinkedHashSet<>();
        for (UnRecord r : candidates) {
            if (r.birthDates().stream().anyMatch(d -> d.startsWith(dob) || dob.startsWith(d))) {
                agreeing.add(r);
            }
        }
        return agreeing.isEmpty() ? candidates : agreeing;
    }

    private static Query query(String id, String subset, CSVRecord row, Set<String> expected) {
        String dob = row.get("date_of_birth").strip();
        String nat = row.get("nationality").strip();
        return new Query(
                id,
                subset,
                row.get("full_name"),
                Kind.PERSON,
                dob.isEmpty() ? null : dob,
                nat.isEmpty() ? null : nat,
                expected,
                "");
    }

    static List<CSVRecord> rows(Path csv) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }
}

package org.jsis.namematch.bench.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;
import org.jsis.namematch.bench.eval.Query;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link SyntheticData}'s list and queries in the register's forms, for {@code bench/register-screening
 * --names realistic}: each entry as FollowTheMoney JSON lines the register's importer reads, each query as
 * the body of {@code POST /api/v1/screenings}.
 *
 * <p>An entry becomes a {@code Person} or {@code Organization} with its id prefixed ({@code synth-s17}),
 * {@code name} (the entry's first name, in the locale's script), {@code alias} (its romanised spelling,
 * when it has one), for persons {@code firstName}, {@code fatherName} (when the name has a patronymic) and
 * {@code lastName}, {@code birthDate} and {@code nationality} (lower-case ISO code) when the entry has
 * them, and {@code topics} (persons {@code crime.terror} or {@code wanted}, organisations {@code
 * crime.terror} and {@code sanction}); half of the entries also get a {@code Sanction} ({@code Synthetic
 * Authority}, {@code SYN-<n>}, listed 2010-01-01), as {@code GenerateRegister.java} writes them. The
 * topics and sanctions are drawn from the caller's {@link Random}, not from the list's, so the list stays
 * {@link SyntheticData}'s.
 */
public final class FtmRegister {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String idPrefix;

    /** @param idPrefix put before each entry's id, with a dash: {@code synth} gives {@code synth-s17} */
    public FtmRegister(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The FtM id the register gets for a list entry id. */
    public String ftmId(String entryId) {
        return idPrefix + "-" + entryId;
    }

    /**
     * The JSON lines (without line ends) of one entry: the entity, then its Sanction when {@code random}
     * gives one.
     *
     * @param entry the list entry
     * @param name its name's parts (the same index of {@link SyntheticData.SyntheticList#names()})
     * @param number the entry's position, for the Sanction's reference
     * @param random topics and sanction
     */
    public List<String> lines(ListEntry entry, SyntheticName name, int number, Random random) {
        boolean person = entry.kind() == Kind.PERSON;
        String id = ftmId(entry.id());
        ObjectNode props = JSON.createObjectNode();
        props.putArray("name").add(entry.names().get(0));
        if (entry.names().size() > 1) {
            ArrayNode aliases = props.putArray("alias");
            entry.names().subList(1, entry.names().size()).forEach(aliases::add);
        }
        if (person) {
            props.putArray("firstName").add(name.first());
            if (name.middle() != null) {
                props.putArray("fatherName").add(name.middle());
            }
            props.putArray("lastName").add(name.last());
            if (!entry.birthDates().isEmpty()) {
                ArrayNode dates = props.putArray("birthDate");
                entry.birthDates().forEach(dates::add);
            }
            if (!entry.nationalities().isEmpty()) {
                ArrayNode nats = props.putArray("nationality");
                entry.nationalities().forEach(n -> nats.add(n.toLowerCase(Locale.ROOT)));
            }
            props.putArray("topics").add(random.nextBoolean() ? "crime.terror" : "wanted");
        } else {
            props.putArray("topics").add("crime.terror").add("sanction");
        }
        ObjectNode entity = JSON.createObjectNode();
        entity.put("id", id);
        entity.put("schema", person ? "Person" : "Organization");
        entity.set("properties", props);
        List<String> out = new ArrayList<>(2);
        out.add(JSON.writeValueAsString(entity));
        if (random.nextBoolean()) {
            ObjectNode s = JSON.createObjectNode();
            s.putArray("entity").add(id);
            s.putArray("authority").add("Synthetic Authority");
            s.putArray("authorityId").add("SYN-" + number);
            s.putArray("listingDate").add("2010-01-01");
            ObjectNode sanction = JSON.createObjectNode();
            sanction.put("id", id + "-s");
            sanction.put("schema", "Sanction");
            sanction.set("properties", s);
            out.add(JSON.writeValueAsString(sanction));
        }
        return out;
    }

    /**
     * The screening request of a query, without its purpose: {@code name}, and {@code kind} ({@code PERSON}
     * or {@code ORGANISATION}), {@code birthDate} and {@code nationality} when the query has them.
     */
    public static String requestBody(Query q) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", q.name());
        if (q.kind() != null) {
            body.put("kind", q.kind().name());
        }
        if (q.birthDate() != null) {
            body.put("birthDate", q.birthDate());
        }
        if (q.nationality() != null) {
            body.put("nationality", q.nationality());
        }
        return JSON.writeValueAsString(body);
    }

    /**
     * A recall check's line: the request body and the FtM ids of the entries the query expects, as {@code
     * {"body":{...},"expected":["synth-s17",...]}}.
     */
    public String recallLine(Query q) {
        ObjectNode line = JSON.createObjectNode();
        line.set("body", JSON.readTree(requestBody(q)));
        ArrayNode expected = line.putArray("expected");
        q.expected().stream().sorted().map(this::ftmId).forEach(expected::add);
        return JSON.writeValueAsString(line);
    }
}

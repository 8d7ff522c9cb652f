package org.jsis.register.exporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.RegisterEntity;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a STIX 2.1 bundle for exchange with MISP or OpenCTI users: every entity becomes a
 * {@code threat-actor} ({@code threat_actor_types: ["terrorist"]} when its topics include terrorism or
 * extremism, otherwise {@code ["unknown"]}; persons have {@code resource_level: "individual"}); every
 * designating authority an {@code identity}, linked to what it designated by a {@code relationship} of type
 * {@code designates}; register relationships become {@code relationship} objects
 * ({@code member-of}, {@code leader-of}, {@code successor-of}, {@code associated-with}). Designation
 * references and sources are {@code external_references}. Ids are UUIDv5 (RFC 4122) in a JSIS namespace,
 * so the same entity always gets the same STIX id.
 */
public final class StixExporter implements EntityExporter {

    /** The UUIDv5 namespace of JSIS STIX ids (a fixed random UUID). */
    static final UUID NAMESPACE = UUID.fromString("6f0a4b0e-52a4-4d8e-9a58-3c2f6f1b7d21");

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, String> authorities = new LinkedHashMap<>();
    private final String now = stamp(Instant.now());
    private final String producerId = "identity--" + uuid5("jsis");
    private boolean first = true;

    @Override
    public void begin(Writer out) throws IOException {
        out.write("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[\n");
        ObjectNode producer = sdo("identity", producerId, now, now);
        producer.put("name", "JSIS joint register");
        producer.put("identity_class", "system");
        object(out, producer);
    }

    @Override
    public void write(RegisterEntity entity, Writer out) throws IOException {
        EntityRecord r = entity.content();
        String actorId = actorId(entity.id());
        String modified = stamp(entity.updatedAt());
        ObjectNode actor = sdo("threat-actor", actorId, modified, modified);
        actor.put("name", r.caption());
        boolean terrorist = r.topics().contains(Topic.TERRORISM) || r.topics().contains(Topic.EXTREMISM);
        actor.putArray("threat_actor_types").add(terrorist ? "terrorist" : "unknown");
        ArrayNode aliases = json.createArrayNode();
        r.names().stream()
                .filter(n -> !n.name().equals(r.caption()))
                .map(EntityName::name)
                .distinct()
                .forEach(aliases::add);
        if (!aliases.isEmpty()) {
            actor.set("aliases", aliases);
        }
        if (r.kind() == EntityType.PERSON) {
            actor.put("resource_level", "individual");
        }
        if (r.notes() != null) {
            actor.put("description", r.notes());
        }
        ArrayNode refs = json.createArrayNode();
        for (Designation d : r.designations()) {
            ObjectNode ref = refs.addObject();
            ref.put("source_name", d.authority());
            if (d.reference() != null) {
                ref.put("external_id", d.reference());
            }
            ref.put("description", describe(d));
        }
        for (SourceCitation s : r.sources()) {
            ObjectNode ref = refs.addObject();
            ref.put("source_name", s.publisher());
            ref.put(
                    "description",
                    (s.title() == null ? s.publisher() : s.title())
                            + (s.publishedOn() == null ? "" : " (" + s.publishedOn() + ")"));
            if (s.url() != null) {
                ref.put("url", s.url());
            }
        }
        if (!refs.isEmpty()) {
            actor.set("external_references", refs);
        }
        object(out, actor);
        for (Designation d : r.designations()) {
            String authorityId = authority(out, d.authority());
            ObjectNode rel = relationship("designates", authorityId, actorId, modified);
            rel.put("description", describe(d));
            object(out, rel);
        }
        for (RegisterEntity.Relation rel : entity.relations()) {
            if (rel.outgoing()) {
                String type = rel.predicate().name().toLowerCase(Locale.ROOT).replace('_', '-');
                ObjectNode o = relationship(type, actorId, actorId(rel.otherId()), modified);
                if (rel.note() != null) {
                    o.put("description", rel.note());
                }
                object(out, o);
            }
        }
    }

    @Override
    public void end(Writer out) throws IOException {
        out.write("\n]}\n");
    }

    private String authority(Writer out, String name) throws IOException {
        String existing = authorities.get(name);
        if (existing != null) {
            return existing;
        }
        String id = "identity--" + uuid5("authority:" + name);
        authorities.put(name, id);
        ObjectNode identity = sdo("identity", id, now, now);
        identity.put("name", name);
        identity.put("identity_class", "organization");
        identity.putArray("sectors").add("government-national");
        object(out, identity);
        return id;
    }

    private ObjectNode relationship(String type, String source, String target, String modified) {
        ObjectNode rel =
                sdo("relationship", "relationship--" + uuid5(type + ":" + source + ":" + target), modified, modified);
        rel.put("relationship_type", type);
        rel.put("source_ref", source);
        rel.put("target_ref", target);
        return rel;
    }

    private ObjectNode sdo(String type, String id, String created, String modified) {
        ObjectNode o = json.createObjectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        if (!id.equals(producerId)) {
            o.put("created_by_ref", producerId);
        }
        o.put("created", created);
        o.put("modified", modified);
        return o;
    }

    private void object(Writer out, ObjectNode o) throws IOException {
        if (!first) {
            out.write(",\n");
        }
        first = false;
        out.write(json.writeValueAsString(o));
    }

    private static String describe(Designation d) {
        StringBuilder sb = new StringBuilder("Designated by ").append(d.authority());
        if (d.legalBasis() != null) {
            sb.append(" under ").append(d.legalBasis());
        }
        if (d.listedOn() != null) {
            sb.append(", listed on ").append(d.listedOn());
        }
        if (d.delistedOn() != null) {
            sb.append(", delisted on ").append(d.delistedOn());
        }
        return sb.toString();
    }

    static String actorId(UUID entityId) {
        return "threat-actor--" + uuid5("entity:" + entityId);
    }

    private static String stamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString().replaceFirst("(\\d{2}:\\d{2}:\\d{2})Z$", "$1.000Z");
    }

    /** A name-based UUID version 5 (SHA-1) in the JSIS namespace (RFC 4122, section 4.3). */
    static UUID uuid5(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] b = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (msb >>> (56 - 8 * i));
            b[i + 8] = (byte) (lsb >>> (56 - 8 * i));
        }
        return b;
    }
}

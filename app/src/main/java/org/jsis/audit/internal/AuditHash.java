package org.jsis.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canonical content of an audit entry and its chained SHA-256.
 *
 * <p>Format 1 (the single chain, entries written before {@code V2_3}): hash = SHA-256(previous hash ‖
 * "jsis-audit-v1" ‖ fields). Format 2 (one of several chains): hash = SHA-256(previous hash ‖
 * "jsis-audit-v2" ‖ chain ‖ position in the chain ‖ seq of the previous entry in the chain ‖ fields).
 * Each field is written as a 4-byte length (−1 for null) followed by its UTF-8 bytes, so that no two
 * different entries share a byte string. The time is written as microseconds since the epoch
 * (PostgreSQL's precision).
 */
public final class AuditHash {

    public static final byte[] GENESIS = new byte[32];
    private static final byte[] VERSION = "jsis-audit-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERSION_2 = "jsis-audit-v2".getBytes(StandardCharsets.US_ASCII);

    private AuditHash() {}

    /** One stored entry, as hashed. */
    public record Content(
            long seq,
            Instant at,
            @Nullable Long userId,
            String username,
            @Nullable String agencyCode,
            @Nullable String stateCode,
            String action,
            @Nullable String purpose,
            @Nullable String queryTerms,
            List<Row> records) {}

    /** One record row of an entry, in position order. */
    public record Row(String type, String id, @Nullable String ownerState) {}

    /** Where a format-2 entry sits: its chain, its position there (from 1), the seq of the entry before it. */
    public record Link(int chain, long position, long previousSeq) {}

    /** The format-1 hash (entries of the single chain written before several chains existed). */
    public static byte[] of(byte[] previous, Content c) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(VERSION);
        fields(digest, c);
        return digest.digest();
    }

    /** The format-2 hash: the entry's place in its chain is hashed with its content. */
    public static byte[] of(byte[] previous, Link link, Content c) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(VERSION_2);
        field(digest, Integer.toString(link.chain()));
        field(digest, Long.toString(link.position()));
        field(digest, Long.toString(link.previousSeq()));
        fields(digest, c);
        return digest.digest();
    }

    /** The SHA-256 of the chains' head hashes in chain order: one value that stands for the whole trail. */
    public static byte[] ofHeads(List<byte[]> headHashes) {
        MessageDigest digest = sha256();
        headHashes.forEach(digest::update);
        return digest.digest();
    }

    private static void fields(MessageDigest digest, Content c) {
        field(digest, Long.toString(c.seq()));
        digest.update(afterSeq(c));
    }

    /**
     * The hashed bytes of an entry's fields after its seq (its time, actor, action, purpose, query terms and
     * records; {@code c.seq()} is not read), as every format hashes them. The database function
     * {@code audit_append} (V2_6) hashes the entry's place in its chain and its seq, which only it knows
     * under the head's lock, followed by these bytes.
     */
    public static byte[] afterSeq(Content c) {
        Fields out = new Fields();
        out.field(Long.toString(micros(c.at())));
        out.field(c.userId() == null ? null : Long.toString(c.userId()));
        out.field(c.username());
        out.field(c.agencyCode());
        out.field(c.stateCode());
        out.field(c.action());
        out.field(c.purpose());
        out.field(c.queryTerms());
        out.field(Integer.toString(c.records().size()));
        for (Row row : c.records()) {
            out.field(row.type());
            out.field(row.id());
            out.field(row.ownerState());
        }
        return out.toByteArray();
    }

    /** Fields written as {@link #field(MessageDigest, String)} writes them, into bytes. */
    private static final class Fields extends java.io.ByteArrayOutputStream {

        Fields() {
            super(256);
        }

        void field(@Nullable String value) {
            if (value == null) {
                writeInt(-1);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            writeInt(bytes.length);
            write(bytes, 0, bytes.length);
        }

        private void writeInt(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }
    }

    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static void field(MessageDigest digest, @Nullable String value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

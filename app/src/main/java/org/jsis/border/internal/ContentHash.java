package org.jsis.border.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.DocumentData;

/** SHA-256 of a crossing's submitted content, to tell a retry from a different crossing with the same id. */
public final class ContentHash {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private ContentHash() {}

    public static byte[] of(CrossingSubmission s) {
        DocumentData d = s.document();
        StringBuilder sb = new StringBuilder(512);
        append(sb, s.id());
        append(sb, s.direction());
        append(sb, s.checkpointId());
        append(sb, s.crossedAt());
        append(sb, d.type());
        append(sb, d.number());
        append(sb, d.issuingState());
        append(sb, d.expiry());
        append(sb, d.surname());
        append(sb, d.givenNames());
        append(sb, d.surnameNational());
        append(sb, d.givenNamesNational());
        append(sb, d.birthDate());
        append(sb, d.sex());
        append(sb, d.nationality());
        append(sb, s.purpose());
        append(sb, s.distribution());
        append(sb, String.join(",", s.sharedWith()));
        MessageDigest md = SHA256.get();
        md.reset();
        return md.digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder sb, Object value) {
        sb.append(value == null ? "\u0000" : value.toString()).append('\u001f');
    }
}

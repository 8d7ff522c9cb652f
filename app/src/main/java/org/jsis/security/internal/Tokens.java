package org.jsis.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Generating, checking the form of, and hashing API tokens. */
public final class Tokens {

    /** RFC 6750 b64token characters; 32 to 512 of them. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9\\-._~+/]{32,512}=*");

    public static final String EXPECTED_FORM =
            "a JSIS API token (jsis_ followed by 43 base64url characters, or the configured JSIS_ADMIN_TOKEN: at least"
                    + " 32 characters of A-Z a-z 0-9 - . _ ~ + /)";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new token: {@code jsis_} and 32 random bytes in base64url (256 bits). */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "jsis_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String token) {
        return token.length() <= 520 && FORM.matcher(token).matches();
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

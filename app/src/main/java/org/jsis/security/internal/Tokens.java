package org.jsis.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Generating, checking the form of, and hashing API tokens. */
public final class Tokens {

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

    /**
     * Whether the token has the form {@code [A-Za-z0-9\-._~+/]{32,512}=*} (RFC 6750 b64token characters, 32
     * to 512 of them, then padding) and at most 520 characters; checked in a loop, once per API request.
     */
    public static boolean wellFormed(String token) {
        int n = token.length();
        if (n > 520) {
            return false;
        }
        int i = 0;
        while (i < n && b64tokenChar(token.charAt(i))) {
            i++;
        }
        if (i < 32 || i > 512) {
            return false;
        }
        while (i < n && token.charAt(i) == '=') {
            i++;
        }
        return i == n;
    }

    private static boolean b64tokenChar(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }

    /** A digest per thread: looking one up on every request showed in profiles of the API. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    });

    public static byte[] sha256(String token) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest.digest(token.getBytes(StandardCharsets.UTF_8));
    }
}

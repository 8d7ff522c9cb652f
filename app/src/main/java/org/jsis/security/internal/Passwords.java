package org.jsis.security.internal;

import java.security.SecureRandom;

/** One-time passwords that an administrator hands to a user: random, readable, long enough for the policy. */
public final class Passwords {

    /** Letters and digits without the look-alikes 0/O, 1/l/I. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /**
     * A new password of four groups of five characters joined by dashes (23 characters, about 116 random
     * bits), within {@link AccountService#MIN_PASSWORD} to {@link AccountService#MAX_PASSWORD}.
     */
    public static String generate() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}

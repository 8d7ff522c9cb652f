package org.jsis.register.importing;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs in the layout of RFC 9562 version 7: 48 bits of Unix milliseconds, then random bits.
 * A bulk import creates many entities at once; ids that grow with time put their index entries (the
 * entity's primary key and the {@code entity_id} indexes of its names, dates, identifiers, sources and
 * designations) at the right edge of each B-tree instead of on random pages all over it, which keeps the
 * pages the import touches few, cached, and written to the WAL once.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {}

    static UUID next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}

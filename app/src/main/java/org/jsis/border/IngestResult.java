package org.jsis.border;

/**
 * What a submission of crossings did.
 *
 * @param received crossings received
 * @param inserted crossings recorded now
 * @param duplicates crossings already recorded with the same content (a retry), left as they were
 */
public record IngestResult(int received, int inserted, int duplicates) {

    public IngestResult plus(IngestResult other) {
        return new IngestResult(received + other.received, inserted + other.inserted, duplicates + other.duplicates);
    }

    public static IngestResult empty() {
        return new IngestResult(0, 0, 0);
    }
}

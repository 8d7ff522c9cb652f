package org.jsis.namematch.bench.romanise;

/** Writes a name in another script or spelling convention, the way one authority does it. */
public interface Romaniser {

    /** A short name of the system, such as {@code icao_doc_9303}. */
    String name();

    /** The text under this system; characters the system does not cover pass through unchanged. */
    String romanise(String text);
}

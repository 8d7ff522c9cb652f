package org.jsis.register;

/** Receives an import's progress: the phase ("reading", "writing"), and how far it is. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {};

    /**
     * Reports progress.
     *
     * @param phase what the import is doing
     * @param done units done in this phase
     * @param total units in this phase, or -1 when not known yet
     */
    void report(String phase, long done, long total);
}

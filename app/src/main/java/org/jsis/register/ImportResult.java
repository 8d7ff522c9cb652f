package org.jsis.register;

/**
 * What an import did.
 *
 * @param source the source label the records were matched under
 * @param ownerState the owner of the imported records
 * @param read records read from the file
 * @param created new entities
 * @param updated entities whose content changed (including ones listed again)
 * @param unchanged entities already identical
 * @param delisted entities of this owner and source no longer in the file, now marked delisted
 * @param skipped records of kinds the register does not hold (e.g. FtM addresses), or links whose
 *     target is not in the file
 * @param millis how long the import took
 */
public record ImportResult(
        String source,
        String ownerState,
        int read,
        int created,
        int updated,
        int unchanged,
        int delisted,
        int skipped,
        long millis) {

    /** One line for people: {@code created 3, updated 1, unchanged 998, delisted 1 (1003 read in 812 ms)}. */
    public String summary() {
        return "created %d, updated %d, unchanged %d, delisted %d, skipped %d (%d read in %d ms, source %s, owner %s)"
                .formatted(created, updated, unchanged, delisted, skipped, read, millis, source, ownerState);
    }
}

package org.jsis.border.stay;

import java.time.LocalDate;

/** Something wrong in a traveller's sequence of crossings. */
public record StayWarning(Kind kind, String crossingId, LocalDate day, String detail) {

    public enum Kind {
        /** An exit with no entry recorded before it: the entry was not recorded or happened elsewhere. */
        EXIT_WITHOUT_ENTRY,
        /** An entry while the previous stay has no exit: the exit was not recorded. */
        ENTRY_WHILE_STAY_OPEN
    }
}

package org.jsis.border.stay;

import java.time.LocalDate;

/**
 * One crossing as the stay calculator needs it: which, when (the local calendar day), and which way.
 *
 * @param id the crossing id (for warnings)
 * @param day the calendar day of the crossing in the host state
 * @param direction entry into or exit from the host state
 */
public record CrossingEvent(String id, LocalDate day, Direction direction) {}

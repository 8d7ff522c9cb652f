package org.jsis.border.stay;

/** The direction of a border crossing, seen from the state whose checkpoint records it. */
public enum Direction {
    ENTRY,
    EXIT
}

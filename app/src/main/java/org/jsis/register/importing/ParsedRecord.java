package org.jsis.register.importing;

import org.jsis.register.EntityRecord;

/** A record read from a file, with where it started (line, 1-based) and its number in the file (1-based). */
public record ParsedRecord(EntityRecord record, int line, int number) {}

package org.jsis.namematch.bench.eval;

/** One hit of a matcher: the entry, its score and the entry's name that matched. */
public record Hit(String entryId, double score, String matchedName) {}

package org.jsis.namematch.bench.eval;

/** What a list entry names. */
public enum Kind {
    PERSON,
    ORGANISATION
}

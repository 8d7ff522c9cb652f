package org.jsis.namematch.text;

/** What a token is within one name. */
public enum Role {
    /** A given name, surname, or word of an organisation name. */
    NAME,
    /** A single letter standing for a name part. */
    INITIAL,
    /** A father's name: only compared with the other side's patronymic. */
    PATRONYMIC,
    /** A title, particle, legal form or stop-word: set aside before matching. */
    IGNORED
}

package org.jsis.register;

/** How one register entity relates to another: subject predicate object. */
public enum Predicate {
    MEMBER_OF,
    LEADER_OF,
    SUCCESSOR_OF,
    ASSOCIATED_WITH
}

package org.jsis.organisation;

/** A member state's standing during a membership period. */
public enum MembershipStatus {
    MEMBER,
    SUSPENDED,
    WITHDRAWN
}

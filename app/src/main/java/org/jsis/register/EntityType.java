package org.jsis.register;

/** Whether a register entity is a natural person or an organisation. */
public enum EntityType {
    PERSON,
    ORGANISATION
}

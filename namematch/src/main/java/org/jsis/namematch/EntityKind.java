package org.jsis.namematch;

/** What a {@link NameRecord} names: a natural person or an organisation. */
public enum EntityKind {
    PERSON,
    ORGANISATION;

    /**
     * Parses a kind case-insensitively; accepts {@code person}, {@code organisation}, {@code
     * organization}, {@code org} and {@code individual}, {@code entity}.
     *
     * @throws IllegalArgumentException naming the value when it is none of these
     */
    public static EntityKind parse(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "person", "individual", "p" -> PERSON;
            case "organisation", "organization", "org", "entity", "o" -> ORGANISATION;
            default ->
                throw new IllegalArgumentException("unknown kind '" + text + "', expected person or organisation");
        };
    }
}

package org.jsis.register;

import java.util.Optional;

/**
 * Why an entity is on the register. Three topics exist in the FollowTheMoney vocabulary; extremism and
 * entry bans do not, and are carried as FtM {@code keywords} on export.
 */
public enum Topic {
    TERRORISM("crime.terror"),
    EXTREMISM(null),
    WANTED("wanted"),
    ENTRY_BAN(null),
    SANCTIONS("sanction");

    private final String ftmTopic;

    Topic(String ftmTopic) {
        this.ftmTopic = ftmTopic;
    }

    /** The FollowTheMoney topic value, when FtM has one. */
    public Optional<String> ftmTopic() {
        return Optional.ofNullable(ftmTopic);
    }

    /** The keyword used for this topic when FtM has no topic for it ({@code extremism}, {@code entry-ban}). */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Reads a topic from its name, its FtM topic or its keyword; empty when unknown. */
    public static Optional<Topic> parse(String value) {
        String v = value.trim();
        for (Topic t : values()) {
            if (t.name().equalsIgnoreCase(v.replace('-', '_'))
                    || v.equals(t.ftmTopic)
                    || v.equalsIgnoreCase(t.keyword())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

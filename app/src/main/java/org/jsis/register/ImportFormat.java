package org.jsis.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats the register imports (and, except the UN XML, exports). */
public enum ImportFormat {
    UN_XML("un-xml", "un-sc"),
    FTM("ftm", "ftm"),
    CSV("csv", "csv");

    private final String id;
    private final String defaultSource;

    ImportFormat(String id, String defaultSource) {
        this.id = id;
        this.defaultSource = defaultSource;
    }

    /** The name used on the command line and in {@code ?format=}. */
    public String id() {
        return id;
    }

    /** The source label used when the caller names none: one source per format and owner. */
    public String defaultSource() {
        return defaultSource;
    }

    /**
     * The format with this id.
     *
     * @throws IllegalArgumentException naming the accepted values when the id is unknown
     */
    public static ImportFormat parse(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id.equals(id.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("format must be one of " + ids() + ", got '" + id + "'"));
    }

    public static String ids() {
        return Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining("|"));
    }
}

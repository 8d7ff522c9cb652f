package org.jsis.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats the register exports. */
public enum ExportFormat {
    FTM("ftm", "application/x-ndjson", "jsonl"),
    CSV("csv", "text/csv", "csv"),
    STIX("stix", "application/stix+json;version=2.1", "json");

    private final String id;
    private final String mediaType;
    private final String extension;

    ExportFormat(String id, String mediaType, String extension) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format with this id; the exception names the accepted values. */
    public static ExportFormat parse(String id) {
        return Arrays.stream(values())
                .filter(f -> f.id.equals(id.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("format must be one of "
                        + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining("|")) + ", got '"
                        + id + "'"));
    }
}

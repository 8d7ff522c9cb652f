package org.jsis.register;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to import and for whom.
 *
 * @param format the file format
 * @param ownerState the member state (ISO alpha-3) that owns the imported records
 * @param distribution who may see them: {@code OWNER_ONLY}, {@code SELECTED_STATES} or {@code ALL_MEMBERS}
 * @param sharedWith the states a {@code SELECTED_STATES} distribution names
 * @param source the source label; records are matched by (owner, source, source reference), and records
 *     of that owner and source missing from the file are delisted. Defaults to the format's label.
 */
public record ImportRequest(
        ImportFormat format, String ownerState, String distribution, List<String> sharedWith, String source) {

    private static final Set<String> DISTRIBUTIONS = Set.of("OWNER_ONLY", "SELECTED_STATES", "ALL_MEMBERS");

    public ImportRequest {
        Objects.requireNonNull(format, "format");
        ownerState = Objects.requireNonNull(ownerState, "owner").strip().toUpperCase(java.util.Locale.ROOT);
        if (!ownerState.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                    "owner must be a member state's ISO alpha-3 code, got '" + ownerState + "'");
        }
        distribution =
                Objects.requireNonNull(distribution, "distribution").strip().toUpperCase(java.util.Locale.ROOT);
        if (!DISTRIBUTIONS.contains(distribution)) {
            throw new IllegalArgumentException(
                    "distribution must be OWNER_ONLY, SELECTED_STATES or ALL_MEMBERS, got '" + distribution + "'");
        }
        sharedWith = sharedWith.stream()
                .map(s -> s.strip().toUpperCase(java.util.Locale.ROOT))
                .toList();
        for (String s : sharedWith) {
            if (!s.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("sharedWith must list ISO alpha-3 codes, got '" + s + "'");
            }
        }
        if (!sharedWith.isEmpty() && !distribution.equals("SELECTED_STATES")) {
            throw new IllegalArgumentException("sharedWith is only for the SELECTED_STATES distribution");
        }
        source = source == null || source.isBlank() ? format.defaultSource() : source.strip();
        if (!source.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")) {
            throw new IllegalArgumentException(
                    "source must be 1-64 letters, digits, '.', '_', ':' or '-', got '" + source + "'");
        }
    }

    /** An import shared with all member states, under the format's default source label. */
    public static ImportRequest of(ImportFormat format, String ownerState, @Nullable String source) {
        return new ImportRequest(format, ownerState, "ALL_MEMBERS", List.of(), source == null ? "" : source);
    }
}

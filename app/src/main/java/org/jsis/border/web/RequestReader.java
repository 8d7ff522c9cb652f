package org.jsis.border.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsis.border.BorderInput;
import org.jsis.border.Checkpoints;
import org.jsis.border.CrossingSubmission;
import org.jsis.border.DocumentData;
import org.jsis.border.mrz.Mrz;
import org.jsis.border.mrz.MrzException;
import org.jsis.border.mrz.MrzParser;
import org.jsis.border.stay.Direction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns client requests into validated submissions; every fault names its field and the expected form. */
@Component
public class RequestReader {

    static final Set<String> PURPOSES =
            Set.of("TOURISM", "BUSINESS", "WORK", "STUDY", "PRIVATE", "TRANSIT", "OFFICIAL", "OTHER");
    static final Set<String> DISTRIBUTIONS = Set.of("OWNER_ONLY", "SELECTED_STATES", "ALL_MEMBERS");

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[A-Z0-9]{1,20}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s-]");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z]{1,3}");
    private static final java.util.regex.Pattern CODE3 = java.util.regex.Pattern.compile("[A-Z]{3}");

    private final Checkpoints checkpoints;
    private final MrzParser mrz = new MrzParser();

    RequestReader(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    public CrossingSubmission crossing(CrossingRequest r) {
        UUID id = uuid("id", r.id());
        Direction direction = direction("direction", r.direction());
        long checkpoint = checkpoints
                .resolve("checkpoint", required("checkpoint", r.checkpoint(), "the id or code of a checkpoint"))
                .id();
        Instant crossedAt = instant("crossedAt", r.crossedAt());
        if (crossedAt.isAfter(Instant.now().plusSeconds(86_400))) {
            throw BorderInput.invalid("crossedAt", "not more than a day in the future", r.crossedAt());
        }
        if (r.document() == null) {
            throw BorderInput.invalid("document", "an object with the document's fields or its 'mrz'", null);
        }
        DocumentData document = document("document.", r.document());
        String purpose = optionalEnum("purpose", r.purpose(), PURPOSES);
        String distribution = r.distribution() == null || r.distribution().isBlank()
                ? "ALL_MEMBERS"
                : optionalEnum("distribution", r.distribution(), DISTRIBUTIONS);
        List<String> sharedWith = sharedWith(distribution, r.sharedWith());
        return new CrossingSubmission(
                id, direction, checkpoint, crossedAt, document, purpose, distribution, sharedWith);
    }

    public DocumentData document(String prefix, DocumentRequest d) {
        if (d.mrz() != null && !d.mrz().isBlank()) {
            Mrz m;
            try {
                m = mrz.parse(d.mrz());
            } catch (MrzException e) {
                throw BorderInput.invalid(
                        prefix + "mrz", "a valid ICAO 9303 machine-readable zone (" + e.getMessage() + ")", null);
            }
            return new DocumentData(
                    m.isPassport() ? "PASSPORT" : "ID_CARD",
                    m.documentNumber(),
                    m.issuingState(),
                    m.expiryDate(),
                    m.surname(),
                    m.givenNames(),
                    blankToNull(d.surnameNational()),
                    blankToNull(d.givenNamesNational()),
                    m.birthDate(),
                    String.valueOf(m.sex()),
                    m.nationality().isEmpty() ? null : m.nationality());
        }
        String type = optionalEnum(prefix + "type", d.type(), Set.of("PASSPORT", "ID_CARD", "OTHER"));
        if (type == null) {
            throw BorderInput.invalid(prefix + "type", "PASSPORT, ID_CARD or OTHER (or give 'mrz')", null);
        }
        String number =
                required(prefix + "number", d.number(), "the document number").toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(number).matches()) {
            number = SPACES.matcher(number).replaceAll("");
        }
        if (!NUMBER.matcher(number).matches()) {
            throw BorderInput.invalid(prefix + "number", "1 to 20 letters A-Z and digits", d.number());
        }
        String issuer = code(
                prefix + "issuingState",
                required(prefix + "issuingState", d.issuingState(), "an ICAO state code"),
                "[A-Z]{1,3}");
        String surname = required(prefix + "surname", d.surname(), "the surname as in the document")
                .strip();
        if (surname.length() > 200) {
            throw BorderInput.invalid(prefix + "surname", "at most 200 characters", null);
        }
        String given = d.givenNames() == null ? "" : d.givenNames().strip();
        String sex =
                d.sex() == null || d.sex().isBlank() ? null : d.sex().strip().toUpperCase(Locale.ROOT);
        if (sex != null && !Set.of("M", "F", "X").contains(sex)) {
            throw BorderInput.invalid(prefix + "sex", "M, F or X", d.sex());
        }
        String nationality = d.nationality() == null || d.nationality().isBlank()
                ? null
                : code(prefix + "nationality", d.nationality(), "[A-Z]{1,3}");
        return new DocumentData(
                type,
                number,
                issuer,
                optionalDate(prefix + "expiry", d.expiry()),
                surname,
                given,
                blankToNull(d.surnameNational()),
                blankToNull(d.givenNamesNational()),
                optionalDate(prefix + "birthDate", d.birthDate()),
                sex,
                nationality);
    }

    static List<String> sharedWith(String distribution, @Nullable List<String> raw) {
        List<String> with = new ArrayList<>();
        if (raw != null) {
            for (String c : raw) {
                if (c == null || !c.strip().toUpperCase(Locale.ROOT).matches("[A-Z]{3}")) {
                    throw BorderInput.invalid("sharedWith", "a list of three-letter member state codes", c);
                }
                with.add(c.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (distribution.equals("SELECTED_STATES") && with.isEmpty()) {
            throw BorderInput.invalid("sharedWith", "at least one member state for SELECTED_STATES", raw);
        }
        if (!distribution.equals("SELECTED_STATES") && !with.isEmpty()) {
            throw BorderInput.invalid("sharedWith", "empty unless distribution is SELECTED_STATES", raw);
        }
        return with.stream().distinct().sorted().toList();
    }

    static UUID uuid(String field, @Nullable String raw) {
        try {
            return UUID.fromString(
                    required(field, raw, "a UUID chosen by the client").strip());
        } catch (IllegalArgumentException e) {
            throw BorderInput.invalid(field, "a UUID such as 3f1c2a9e-5b7d-4c61-9a0e-2d8f6b4c1e77", raw);
        }
    }

    static Direction direction(String field, @Nullable String raw) {
        String v = required(field, raw, "ENTRY or EXIT").strip().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "ENTRY" -> Direction.ENTRY;
            case "EXIT" -> Direction.EXIT;
            default -> throw BorderInput.invalid(field, "ENTRY or EXIT", raw);
        };
    }

    static Instant instant(String field, @Nullable String raw) {
        String v = required(field, raw, "an ISO-8601 time with offset, such as 2026-11-27T08:15:00Z")
                .strip();
        try {
            Instant fast = utcSeconds(v);
            return fast != null ? fast : OffsetDateTime.parse(v).toInstant();
        } catch (java.time.DateTimeException e) {
            throw BorderInput.invalid(field, "an ISO-8601 time with offset, such as 2026-11-27T08:15:00Z", raw);
        }
    }

    static @Nullable LocalDate optionalDate(String field, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String v = raw.strip();
            LocalDate fast = v.length() == 10 ? isoDate(v, 0) : null;
            return fast != null ? fast : LocalDate.parse(v);
        } catch (java.time.DateTimeException e) {
            throw BorderInput.invalid(field, "a date in the form YYYY-MM-DD", raw);
        }
    }

    /**
     * {@code YYYY-MM-DDTHH:MM:SSZ}, the form national systems send in bulk, read without the general
     * parser (several times cheaper; bulk ingest reads millions); {@code null} for any other form, which
     * the general parser then reads. An impossible date or time throws {@link java.time.DateTimeException}.
     */
    static @Nullable Instant utcSeconds(String v) {
        if (v.length() != 20
                || v.charAt(10) != 'T'
                || v.charAt(13) != ':'
                || v.charAt(16) != ':'
                || v.charAt(19) != 'Z') {
            return null;
        }
        LocalDate day = isoDate(v, 0);
        int h = digits(v, 11, 2);
        int m = digits(v, 14, 2);
        int sec = digits(v, 17, 2);
        if (day == null || h < 0 || m < 0 || sec < 0) {
            return null;
        }
        return java.time.LocalDateTime.of(day, java.time.LocalTime.of(h, m, sec))
                .toInstant(java.time.ZoneOffset.UTC);
    }

    /** {@code YYYY-MM-DD} at {@code at}; {@code null} when the characters are not of that form. */
    static @Nullable LocalDate isoDate(String v, int at) {
        if (v.charAt(at + 4) != '-' || v.charAt(at + 7) != '-') {
            return null;
        }
        int y = digits(v, at, 4);
        int mo = digits(v, at + 5, 2);
        int d = digits(v, at + 8, 2);
        return y < 0 || mo < 0 || d < 0 ? null : LocalDate.of(y, mo, d);
    }

    private static int digits(String v, int at, int n) {
        int out = 0;
        for (int i = at; i < at + n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            out = out * 10 + (c - '0');
        }
        return out;
    }

    static @Nullable String optionalEnum(String field, @Nullable String raw, Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw BorderInput.invalid(
                    field,
                    "one of " + String.join(", ", allowed.stream().sorted().toList()),
                    raw);
        }
        return v;
    }

    static String code(String field, String raw, String pattern) {
        String v = raw.strip().toUpperCase(Locale.ROOT);
        java.util.regex.Pattern compiled = pattern.equals("[A-Z]{1,3}")
                ? CODE
                : pattern.equals("[A-Z]{3}") ? CODE3 : java.util.regex.Pattern.compile(pattern);
        if (!compiled.matcher(v).matches()) {
            throw BorderInput.invalid(field, "an ICAO/ISO three-letter code such as KGZ", raw);
        }
        return v;
    }

    /** A whole number between {@code min} and {@code max}; {@code fallback} when absent. */
    static int intInRange(String field, @Nullable String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BorderInput.invalid(field, "a whole number from " + min + " to " + max, raw);
    }

    static String required(String field, @Nullable String raw, String expected) {
        if (raw == null || raw.isBlank()) {
            throw BorderInput.invalid(field, expected + " (missing)", null);
        }
        return raw;
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

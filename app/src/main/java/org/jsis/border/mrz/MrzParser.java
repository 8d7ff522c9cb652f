package org.jsis.border.mrz;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads ICAO Doc 9303 machine-readable zones (TD3 passports, TD2, TD1 identity cards) and checks
 * every check digit, per field and composite.
 *
 * <p>Input is forgiving about layout only: surrounding white space, spaces inside a line, lower
 * case, and a zone pasted as one unbroken line are accepted. Everything else must be exact; the
 * first fault found raises an {@link MrzException} naming the line and the field. Two-digit years
 * get their century from the reference date: a birth date is the latest one not in the future, an
 * expiry date is read in this century unless that puts it more than 50 years ahead.
 */
public final class MrzParser {

    private final Clock clock;

    public MrzParser() {
        this(Clock.systemUTC());
    }

    public MrzParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * Parses a zone.
     *
     * @throws MrzException when the zone is malformed or a check digit fails; never anything else
     */
    public Mrz parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new MrzException(0, "zone", "is empty; paste the 2 or 3 lines printed at the bottom of the document");
        }
        List<String> lines = lines(text);
        MrzFormat format = detect(lines);
        for (int i = 0; i < lines.size(); i++) {
            checkCharacters(i + 1, lines.get(i));
        }
        LocalDate today = LocalDate.now(clock);
        return switch (format) {
            case TD3 -> parseTwoLine(MrzFormat.TD3, lines.get(0), lines.get(1), today);
            case TD2 -> parseTwoLine(MrzFormat.TD2, lines.get(0), lines.get(1), today);
            case TD1 -> parseTd1(lines.get(0), lines.get(1), lines.get(2), today);
        };
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.ROOT);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.size() == 1) {
            String one = lines.get(0);
            for (MrzFormat f : MrzFormat.values()) {
                if (one.length() == f.lines() * f.length()) {
                    List<String> split = new ArrayList<>();
                    for (int i = 0; i < f.lines(); i++) {
                        split.add(one.substring(i * f.length(), (i + 1) * f.length()));
                    }
                    return split;
                }
            }
        }
        return lines;
    }

    private static MrzFormat detect(List<String> lines) {
        for (MrzFormat f : MrzFormat.values()) {
            if (lines.size() == f.lines() && lines.stream().allMatch(l -> l.length() == f.length())) {
                return f;
            }
        }
        String expected = "expected 2 lines of 44 characters (passport, TD3), 2 lines of 36 (TD2)"
                + " or 3 lines of 30 (identity card, TD1)";
        if (lines.size() == 3) {
            for (int i = 0; i < 3; i++) {
                if (lines.get(i).length() != 30) {
                    throw new MrzException(
                            i + 1, "length", "has " + lines.get(i).length() + " characters; " + expected);
                }
            }
        }
        if (lines.size() == 2) {
            int target = lines.get(0).length() == 36 || lines.get(1).length() == 36 ? 36 : 44;
            for (int i = 0; i < 2; i++) {
                if (lines.get(i).length() != target) {
                    throw new MrzException(
                            i + 1, "length", "has " + lines.get(i).length() + " characters; " + expected);
                }
            }
        }
        throw new MrzException(0, "zone", "has " + lines.size() + " lines; " + expected);
    }

    private static void checkCharacters(int line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<')) {
                throw new MrzException(
                        line,
                        "character " + (i + 1),
                        "'" + c + "' is not allowed; a zone holds only A-Z, 0-9 and the filler <");
            }
        }
    }

    private static Mrz parseTwoLine(MrzFormat format, String l1, String l2, LocalDate today) {
        String code = documentCode(l1, format);
        String issuer = stateCode(l1.substring(2, 5), 1, "issuing state");
        String[] name = name(l1.substring(5), 1);
        String number = l2.substring(0, 9);
        checkDigit(number, l2.charAt(9), 2, "document number");
        String nationality = stateCode(l2.substring(10, 13), 2, "nationality");
        String birth = l2.substring(13, 19);
        checkDigit(birth, l2.charAt(19), 2, "birth date");
        LocalDate birthDate = birthDate(birth, 2, today);
        char sex = sex(l2.charAt(20), 2);
        String expiry = l2.substring(21, 27);
        checkDigit(expiry, l2.charAt(27), 2, "expiry date");
        LocalDate expiryDate = expiryDate(expiry, 2, today);
        String optional;
        int compositeAt;
        if (format == MrzFormat.TD3) {
            optional = l2.substring(28, 42);
            char optionalCheck = l2.charAt(42);
            boolean empty = optional.chars().allMatch(c -> c == '<');
            if (!(empty && (optionalCheck == '<' || optionalCheck == '0'))) {
                checkDigit(optional, optionalCheck, 2, "personal number");
            }
            compositeAt = 43;
        } else {
            optional = l2.substring(28, 35);
            compositeAt = 35;
        }
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, compositeAt);
        checkDigit(composite, l2.charAt(compositeAt), 2, "composite");
        return new Mrz(
                format,
                code,
                issuer,
                documentNumber(number, 2),
                name[0],
                name[1],
                nationality,
                birthDate,
                birth,
                sex,
                expiryDate,
                strip(optional));
    }

    private static Mrz parseTd1(String l1, String l2, String l3, LocalDate today) {
        String code = documentCode(l1, MrzFormat.TD1);
        String issuer = stateCode(l1.substring(2, 5), 1, "issuing state");
        String number = l1.substring(5, 14);
        String optional1 = l1.substring(15, 30);
        char numberCheck = l1.charAt(14);
        if (numberCheck == '<' && optional1.charAt(0) != '<') {
            // A number longer than 9 characters continues in the optional data, followed by its
            // check digit and a filler (ICAO 9303 part 5, note j).
            int end = optional1.indexOf('<');
            String rest = end < 0 ? optional1 : optional1.substring(0, end);
            if (rest.length() < 2) {
                throw new MrzException(1, "document number", "continues in the optional data without a check digit");
            }
            number = number + rest.substring(0, rest.length() - 1);
            numberCheck = rest.charAt(rest.length() - 1);
            optional1 = end < 0 ? "" : optional1.substring(end);
        }
        checkDigit(number, numberCheck, 1, "document number");
        String birth = l2.substring(0, 6);
        checkDigit(birth, l2.charAt(6), 2, "birth date");
        LocalDate birthDate = birthDate(birth, 2, today);
        char sex = sex(l2.charAt(7), 2);
        String expiry = l2.substring(8, 14);
        checkDigit(expiry, l2.charAt(14), 2, "expiry date");
        LocalDate expiryDate = expiryDate(expiry, 2, today);
        String nationality = stateCode(l2.substring(15, 18), 2, "nationality");
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        checkDigit(composite, l2.charAt(29), 2, "composite");
        String[] name = name(l3, 3);
        String optional = (strip(optional1) + " " + strip(l2.substring(18, 29))).trim();
        return new Mrz(
                MrzFormat.TD1,
                code,
                issuer,
                documentNumber(number, 1),
                name[0],
                name[1],
                nationality,
                birthDate,
                birth,
                sex,
                expiryDate,
                optional);
    }

    private static String documentCode(String l1, MrzFormat format) {
        char first = l1.charAt(0);
        if (first == 'V') {
            throw new MrzException(1, "document code", "'V' marks a visa (MRV), which this parser does not read");
        }
        boolean ok =
                format == MrzFormat.TD3 ? first == 'P' : first == 'I' || first == 'A' || first == 'C' || first == 'P';
        if (!ok) {
            String expected = format == MrzFormat.TD3 ? "P (passport)" : "I, A or C (identity document)";
            throw new MrzException(1, "document code", "starts with '" + first + "'; expected " + expected);
        }
        char second = l1.charAt(1);
        if (second >= '0' && second <= '9') {
            throw new MrzException(1, "document code", "second character must be a letter or <, got '" + second + "'");
        }
        return strip(l1.substring(0, 2));
    }

    private static String stateCode(String raw, int line, String field) {
        if (!(raw.charAt(0) >= 'A' && raw.charAt(0) <= 'Z')) {
            throw new MrzException(
                    line, field, "'" + raw + "' must start with a letter (an ICAO 9303 three-letter code)");
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                throw new MrzException(line, field, "'" + raw + "' contains a digit; expected letters and fillers");
            }
        }
        if (raw.matches("[A-Z]<[A-Z]")) {
            throw new MrzException(line, field, "'" + raw + "' has a filler between letters");
        }
        return strip(raw);
    }

    private static String[] name(String field, int line) {
        String trimmed = field.replaceAll("<+$", "");
        if (trimmed.isEmpty()) {
            throw new MrzException(line, "name", "is empty");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isDigit(trimmed.charAt(i))) {
                throw new MrzException(
                        line, "name", "character " + (i + 1) + " is a digit; names hold letters and fillers");
            }
        }
        int split = trimmed.indexOf("<<");
        String primary = split < 0 ? trimmed : trimmed.substring(0, split);
        String secondary = split < 0 ? "" : trimmed.substring(split + 2);
        String surname = spaced(primary);
        if (surname.isEmpty()) {
            throw new MrzException(line, "name", "the primary identifier (surname) is empty");
        }
        return new String[] {surname, spaced(secondary)};
    }

    private static String spaced(String part) {
        return part.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    private static void checkDigit(String value, char check, int line, String field) {
        if (check < '0' || check > '9') {
            throw new MrzException(line, field + " check digit", "must be a digit 0-9, got '" + check + "'");
        }
        int expected = CheckDigit.of(value);
        if (expected != check - '0') {
            throw new MrzException(
                    line,
                    field + " check digit",
                    "is " + check + " but '" + value + "' gives " + expected + " (misread character?)");
        }
    }

    private static String documentNumber(String raw, int line) {
        String number = strip(raw);
        if (number.isEmpty()) {
            throw new MrzException(line, "document number", "is empty");
        }
        return number;
    }

    private static @Nullable LocalDate birthDate(String yymmdd, int line, LocalDate today) {
        if (yymmdd.indexOf('<') >= 0) {
            return null;
        }
        LocalDate date = date(yymmdd, 2000, line, "birth date");
        return date.isAfter(today) ? date(yymmdd, 1900, line, "birth date") : date;
    }

    private static @Nullable LocalDate expiryDate(String yymmdd, int line, LocalDate today) {
        if (yymmdd.indexOf('<') >= 0) {
            return null;
        }
        requireDigits(yymmdd, line, "expiry date");
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int century = 2000 + yy > today.getYear() + 50 ? 1900 : 2000;
        return date(yymmdd, century, line, "expiry date");
    }

    private static void requireDigits(String yymmdd, int line, String field) {
        for (int i = 0; i < 6; i++) {
            char c = yymmdd.charAt(i);
            if (c < '0' || c > '9') {
                throw new MrzException(line, field, "'" + yymmdd + "' must be six digits YYMMDD");
            }
        }
    }

    private static LocalDate date(String yymmdd, int century, int line, String field) {
        requireDigits(yymmdd, line, field);
        int year = century + Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12) {
            throw new MrzException(line, field, "'" + yymmdd + "' has month " + month + "; expected YYMMDD");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new MrzException(
                    line, field, "'" + yymmdd + "' has day " + day + ", not a day of " + year + "-" + month);
        }
    }

    private static char sex(char c, int line) {
        return switch (c) {
            case 'M', 'F' -> c;
            case '<', 'X' -> 'X';
            default -> throw new MrzException(line, "sex", "'" + c + "' must be M, F, X or <");
        };
    }

    private static String strip(String s) {
        return s.replace("<", "");
    }
}

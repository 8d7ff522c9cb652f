package org.jsis.namematch.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.PartialDate;

/** Where the known columns are in a CSV header: {@code id,name} required, others optional. */
final class Columns {

    private final String file;
    private final int width;
    private final int id;
    private final int name;
    private final int kind;
    private final int birthDate;
    private final int nationality;

    private Columns(String file, List<String> header) throws CsvFormatException {
        this.file = file;
        this.width = header.size();
        this.id = index(header, "id", true);
        this.name = index(header, "name", true);
        this.kind = index(header, "kind", false);
        this.birthDate = index(header, "birth_date", false);
        this.nationality = index(header, "nationality", false);
    }

    /** Reads the header row. */
    static Columns of(CsvReader reader, String file) throws java.io.IOException, CsvFormatException {
        List<String> header = reader.next();
        if (header == null) {
            throw new CsvFormatException(file, "the file is empty; expected a header with at least id,name");
        }
        return new Columns(file, header);
    }

    private int index(List<String> header, String column, boolean required) throws CsvFormatException {
        int found = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column)) {
                if (found >= 0) {
                    throw new CsvFormatException(file, 1, "column '" + column + "' appears twice in the header");
                }
                found = i;
            }
        }
        if (found < 0 && required) {
            throw new CsvFormatException(
                    file,
                    1,
                    "missing column '" + column + "'; the header needs at least id,name (found "
                            + String.join(",", header) + ")");
        }
        return found;
    }

    /** One data row, checked. */
    Row row(List<String> fields, long line) throws CsvFormatException {
        if (fields.size() != width) {
            throw new CsvFormatException(
                    file, line, "expected " + width + " fields as in the header, found " + fields.size());
        }
        String rowId = fields.get(id).strip();
        if (rowId.isEmpty()) {
            throw new CsvFormatException(file, line, "id is empty");
        }
        String rowName = fields.get(name).strip();
        if (rowName.isEmpty()) {
            throw new CsvFormatException(file, line, "name is empty");
        }
        return new Row(
                rowId, rowName, kind(fields, line), birthDate(fields, line), optional(fields, nationality), line);
    }

    private Optional<EntityKind> kind(List<String> fields, long line) throws CsvFormatException {
        Optional<String> value = optional(fields, kind);
        try {
            return value.map(EntityKind::parse);
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(file, line, e.getMessage());
        }
    }

    private Optional<PartialDate> birthDate(List<String> fields, long line) throws CsvFormatException {
        Optional<String> value = optional(fields, birthDate);
        try {
            return value.map(PartialDate::parse);
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(file, line, "birth_date " + e.getMessage());
        }
    }

    private static Optional<String> optional(List<String> fields, int column) {
        if (column < 0) {
            return Optional.empty();
        }
        String v = fields.get(column).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** One checked data row. */
    record Row(
            String id,
            String name,
            Optional<EntityKind> kind,
            Optional<PartialDate> birthDate,
            Optional<String> nationality,
            long line) {}
}

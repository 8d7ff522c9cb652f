package org.jsis.register;

import org.jspecify.annotations.Nullable;

/** A file that cannot be imported, with the position of the problem (line and column, or record number). */
public final class ImportFormatException extends RuntimeException {

    private final ImportFormat format;
    private final @Nullable Integer line;
    private final @Nullable Integer column;
    private final @Nullable Integer record;

    public ImportFormatException(
            ImportFormat format,
            @Nullable Integer line,
            @Nullable Integer column,
            @Nullable Integer record,
            String problem,
            @Nullable Throwable cause) {
        super(problem, cause);
        this.format = format;
        this.line = line;
        this.column = column;
        this.record = record;
    }

    public ImportFormat format() {
        return format;
    }

    public @Nullable Integer line() {
        return line;
    }

    public @Nullable Integer column() {
        return column;
    }

    public @Nullable Integer record() {
        return record;
    }

    public String problem() {
        return super.getMessage();
    }

    /** Where the problem is, e.g. {@code line 12, column 5, record 3}. */
    public String position() {
        StringBuilder sb = new StringBuilder();
        if (line != null) {
            sb.append("line ").append(line);
        }
        if (column != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        if (record != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append("record ").append(record);
        }
        return sb.isEmpty() ? "unknown position" : sb.toString();
    }

    @Override
    public String getMessage() {
        return format.id() + " file, " + position() + ": " + problem();
    }
}

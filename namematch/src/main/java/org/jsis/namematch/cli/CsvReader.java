package org.jsis.namematch.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: comma-separated fields, optionally in double quotes with {@code ""} for a
 * quote, CRLF or LF line ends, line breaks allowed inside quoted fields. UTF-8 only; a byte order
 * mark is skipped. Anything else (a quote inside an unquoted field, text after a closing quote, an
 * unterminated quote, bytes that are not UTF-8) is an error naming the file and line.
 */
final class CsvReader implements AutoCloseable {

    private final InputStream in;
    private final String file;
    private long line = 1;
    private long recordLine;
    private int peeked = -2;

    CsvReader(InputStream stream, String file) {
        this.in = new BufferedInputStream(stream, 1 << 16);
        this.file = file;
    }

    /** The line on which the last record returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException, CsvFormatException {
        int c = read();
        if (recordLine == 0 && c == '\uFEFF') {
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                readQuoted(field);
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw error("text after a closing quote; quote the whole field and write \"\" for a quote");
                }
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"') {
                throw error("a quote inside an unquoted field; quote the whole field and write \"\" for a quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private void readQuoted(StringBuilder field) throws IOException, CsvFormatException {
        long start = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new CsvFormatException(file, start, "a quoted field is never closed");
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                } else {
                    return;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private int peek() throws IOException, CsvFormatException {
        if (peeked == -2) {
            peeked = decode();
        }
        return peeked;
    }

    private int read() throws IOException, CsvFormatException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return decode();
    }

    private int pendingLow = -1;

    /**
     * Decodes UTF-8 byte by byte, so that an invalid sequence is reported on the line where it is
     * (a JDK decoder reads ahead and fails early). Returns UTF-16 units, -1 at the end.
     */
    private int decode() throws IOException, CsvFormatException {
        if (pendingLow >= 0) {
            int low = pendingLow;
            pendingLow = -1;
            return low;
        }
        int b = in.read();
        if (b < 0x80) {
            return b; // ASCII or end of file
        }
        int extra;
        int cp;
        if (b >= 0xC2 && b <= 0xDF) {
            extra = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            extra = 2;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            extra = 3;
            cp = b & 0x07;
        } else {
            throw notUtf8(b);
        }
        for (int i = 0; i < extra; i++) {
            int next = in.read();
            if (next < 0 || (next & 0xC0) != 0x80) {
                throw notUtf8(b);
            }
            cp = cp << 6 | (next & 0x3F);
        }
        boolean overlong = extra == 2 && cp < 0x800 || extra == 3 && cp < 0x10000;
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw notUtf8(b);
        }
        if (cp >= 0x10000) {
            pendingLow = Character.lowSurrogate(cp);
            return Character.highSurrogate(cp);
        }
        return cp;
    }

    private CsvFormatException notUtf8(int firstByte) {
        return error(String.format("the file is not valid UTF-8 (byte 0x%02X); save it as UTF-8", firstByte));
    }

    private CsvFormatException error(String problem) {
        return new CsvFormatException(file, line, problem);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package org.jsis.border.internal;

import java.util.HexFormat;
import java.util.List;

/** Builds rows for PostgreSQL's {@code COPY ... FROM STDIN} in text format. */
final class CopyText {

    private static final HexFormat HEX = HexFormat.of();
    private final StringBuilder sb = new StringBuilder(1 << 16);
    private boolean first = true;

    CopyText field(Object value) {
        sep();
        if (value == null) {
            sb.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return this;
    }

    CopyText bytea(byte[] value) {
        sep();
        sb.append("\\\\x").append(HEX.formatHex(value));
        return this;
    }

    CopyText textArray(List<String> values) {
        sep();
        sb.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(values.get(i));
        }
        sb.append('}');
        return this;
    }

    CopyText endRow() {
        sb.append('\n');
        first = true;
        return this;
    }

    String text() {
        return sb.toString();
    }

    private void sep() {
        if (!first) {
            sb.append('\t');
        }
        first = false;
    }
}

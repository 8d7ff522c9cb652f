package org.jsis.namematch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<List<String>> read(byte[] bytes) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), "f.csv")) {
            for (List<String> row; (row = r.next()) != null; ) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void fails(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage(message);
    }

    @Test
    void reads() throws Exception {
        assertThat(read("a,b\n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(read("a,b\r\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(read("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(read("\"a,b\",\"say \"\"hi\"\"\"\n")).containsExactly(List.of("a,b", "say \"hi\""));
        assertThat(read("\"two\nlines\",x\n")).containsExactly(List.of("two\nlines", "x"));
        assertThat(read(",,\n")).containsExactly(List.of("", "", ""));
        assertThat(read("\uFEFFid,name\n")).containsExactly(List.of("id", "name"));
        assertThat(read("Бордюжа,محمد\n")).containsExactly(List.of("Бордюжа", "محمد"));
        assertThat(read("")).isEmpty();
    }

    @Test
    void recordLine_countsLinesInsideQuotes() throws Exception {
        try (CsvReader r =
                new CsvReader(new ByteArrayInputStream("h\n\"a\nb\"\nc\n".getBytes(StandardCharsets.UTF_8)), "f")) {
            r.next();
            assertThat(r.recordLine()).isEqualTo(1);
            r.next();
            assertThat(r.recordLine()).isEqualTo(2);
            r.next();
            assertThat(r.recordLine()).isEqualTo(4);
        }
    }

    @Test
    void rejectsBrokenQuoting() {
        fails("a\n\"open\n", "f.csv line 2: a quoted field is never closed");
        fails(
                "a\nx\"y\n",
                "f.csv line 2: a quote inside an unquoted field; quote the whole field and write \"\" for a quote");
        fails(
                "a\n\"x\"y\n",
                "f.csv line 2: text after a closing quote; quote the whole field and write \"\" for a quote");
    }

    @Test
    void rejectsBadUtf8WithItsLine() {
        byte[] bytes = {'i', 'd', '\n', 'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        assertThatThrownBy(() -> read(bytes))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("f.csv line 3: the file is not valid UTF-8");
    }
}

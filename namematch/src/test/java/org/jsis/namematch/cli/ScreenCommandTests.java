package org.jsis.namematch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTests {

    @TempDir
    Path dir;

    private Path list;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeList() throws IOException {
        list = file("list.csv", """
                id,name,kind,birth_date,nationality
                UN-1,Бордюжа Николай Николаевич,person,1949-10-22,RU
                UN-1,Nikolai Bordyuzha,person,,
                UN-2,Ilham Aliyev,person,1961,AZ
                UN-3,"Islamic Movement of Uzbekistan",organisation,,
                UN-4,"Tamerlan Tsarnaev",person,1986,
                """);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return ScreenCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> outputLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void screensInputAgainstList() throws IOException {
        Path input = file("input.csv", """
                id,name,birth_date
                q1,BORDIUZHA NIKOLAI,1949
                q2,Heydar Aliyev,
                q3,Tamerlan Tsarnayev,
                q4,O'zbekiston Islomiy Harakati,
                """);
        assertThat(run("--list", list.toString(), "--input", input.toString())).isEqualTo(0);
        List<String> lines = outputLines();
        assertThat(lines.get(0)).isEqualTo("input_id,list_id,score,explanation");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("q1,UN-1,").contains("birth date 1949 agrees with 1949-10-22");
        assertThat(lines.get(2)).startsWith("q3,UN-4,");
        assertThat(lines.get(3)).startsWith("q4,UN-3,");
        double score = Double.parseDouble(lines.get(1).split(",")[2]);
        assertThat(score).isBetween(0.75, 1.0);
        assertThat(errors()).isEmpty();
    }

    @Test
    void thresholdAndOutputFile() throws IOException {
        Path input = file("input.csv", "id,name\nq1,Aliyev\n");
        Path output = dir.resolve("out.csv");
        assertThat(run(
                        "--list",
                        list.toString(),
                        "--input",
                        input.toString(),
                        "--threshold",
                        "0.5",
                        "--output",
                        output.toString()))
                .isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("q1,UN-2,");
    }

    @Test
    void bestHitFirstWithinEachInput() throws IOException {
        Path twoLists = file("list2.csv", "id,name\nA,Ivan Petrov\nB,Ivan Petrova\nC,Ivan Petrov\n");
        Path input = file("input.csv", "id,name\nq,Ivan Petrov\n");
        assertThat(run("--list", twoLists.toString(), "--input", input.toString()))
                .isEqualTo(0);
        assertThat(outputLines()).extracting(l -> l.split(",")[1]).containsExactly("list_id", "A", "C", "B");
    }

    @Test
    void missingColumn() throws IOException {
        Path input = file("input.csv", "id,full_name\nq1,x\n");
        assertThat(run("--list", list.toString(), "--input", input.toString())).isEqualTo(2);
        assertThat(errors()).contains("input.csv line 1: missing column 'name'");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badBirthDateAndUnknownKindNameTheLine() throws IOException {
        Path input = file("input.csv", "id,name,birth_date\nq1,Ivan Petrov,1965\nq2,Ivan Petrov,12.03.1965\n");
        assertThat(run("--list", list.toString(), "--input", input.toString())).isEqualTo(2);
        assertThat(errors()).contains("input.csv line 3: birth_date '12.03.1965' is not a date");
        Path badList = file("bad.csv", "id,name,kind\nX,Some Ship,vessel\n");
        assertThat(run("--list", badList.toString(), "--input", input.toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("bad.csv line 2: unknown kind 'vessel'");
    }

    @Test
    void malformedInputLeavesNoOutputFile() throws IOException {
        Path input = file("input.csv", "id,name\nq1,Nikolai Bordyuzha\nq2,\"broken\n");
        Path output = dir.resolve("out.csv");
        assertThat(run("--list", list.toString(), "--input", input.toString(), "--output", output.toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("input.csv line 3: a quoted field is never closed");
        assertThat(output).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badEncodingNamesTheLine() throws IOException {
        Path input = dir.resolve("latin1.csv");
        Files.write(
                input,
                new byte[] {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 'q', ',', 'J', (byte) 0xF6, 'r', 'g', '\n'});
        assertThat(run("--list", list.toString(), "--input", input.toString())).isEqualTo(2);
        assertThat(errors()).contains("latin1.csv line 2: the file is not valid UTF-8");
    }

    @Test
    void conflictingKindsForOneId() throws IOException {
        Path bad = file("bad.csv", "id,name,kind\nX,Gazprom,organisation\nX,Ivan Petrov,person\n");
        Path input = file("input.csv", "id,name\nq,x\n");
        assertThat(run("--list", bad.toString(), "--input", input.toString())).isEqualTo(2);
        assertThat(errors()).contains("bad.csv line 3: id X is organisation on line 2 but person here");
    }

    @Test
    void badArguments() {
        assertThat(run("--list", "a.csv")).isEqualTo(2);
        assertThat(errors()).contains("--input INPUT.csv is required").contains("usage: jsis screen");
        assertThat(run("--list", "a.csv", "--input", "b.csv", "--threshold", "2"))
                .isEqualTo(2);
        assertThat(errors()).contains("--threshold expects a number between 0 and 1, got '2'");
        assertThat(run("--lst", "a.csv")).isEqualTo(2);
        assertThat(errors()).contains("unknown option '--lst'");
        assertThat(run("--list", dir.resolve("missing.csv").toString(), "--input", "b.csv"))
                .isEqualTo(2);
        assertThat(errors()).contains("no such file");
    }

    @Test
    void explanationIsQuotedWhenItHasCommas() {
        assertThat(Csv.row("a", "b,c", "say \"x\"")).isEqualTo("a,\"b,c\",\"say \"\"x\"\"\"\r\n");
    }
}

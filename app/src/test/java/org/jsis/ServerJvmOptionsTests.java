package org.jsis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server's JVM settings ({@code src/main/jvm/server.options}, which {@code ./jsis serve} passes to java
 * before {@code JSIS_JAVA_OPTS}) are accepted by this JVM, give the collector and sizes they say, and still let
 * an operator's {@code -Xmx} below the initial share of the RAM win (a fixed {@code -Xms} there would make
 * java refuse to start with a smaller {@code -Xmx}, as the border benchmarks pass).
 */
class ServerJvmOptionsTests {

    private static final Path OPTIONS = Path.of("src/main/jvm/server.options");

    static List<String> options() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(OPTIONS, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String content = hash >= 0 ? line.substring(0, hash) : line;
            for (String word : content.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /** Runs this JVM's java with the options and {@code -XX:+PrintFlagsFinal -version}; answers its output. */
    private static String flags(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("java %s exited with: %s", options, out).isZero();
        return out;
    }

    private static long flag(String flags, String name) {
        for (String line : flags.split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 4 && words[1].equals(name)) {
                return words[3].equals("true") ? 1 : words[3].equals("false") ? 0 : Long.parseLong(words[3]);
            }
        }
        throw new AssertionError("no flag " + name);
    }

    @Test
    void theOptionsAreAcceptedAndSetG1WithRoomForTheIndex() throws Exception {
        List<String> options = options();
        assertThat(options).isNotEmpty().allMatch(o -> o.startsWith("-"));
        String flags = flags(options);
        assertThat(flag(flags, "UseG1GC")).isEqualTo(1);
        assertThat(flag(flags, "MaxGCPauseMillis")).isEqualTo(50);
        assertThat(flag(flags, "MaxTenuringThreshold")).isEqualTo(0);
        long ram = flag(flags("-XX:MaxRAMPercentage=100"), "MaxHeapSize");
        // half the RAM at most (java's default is a quarter); the initial heap stays java's default (a 64th), so a
        // small register is not resident at gigabytes
        assertThat((double) flag(flags, "MaxHeapSize"))
                .isCloseTo(ram / 2.0, org.assertj.core.data.Percentage.withPercentage(2));
        assertThat((double) flag(flags, "InitialHeapSize"))
                .isCloseTo(ram / 64.0, org.assertj.core.data.Percentage.withPercentage(5));
    }

    private static String flags(String option) throws Exception {
        return flags(List.of(option));
    }

    @Test
    void anOperatorsSmallerMaximumHeapAfterThemWins() throws Exception {
        List<String> options = new ArrayList<>(options());
        options.add("-Xmx64m");
        String flags = flags(options);
        assertThat(flag(flags, "MaxHeapSize")).isEqualTo(64L * 1024 * 1024);
        assertThat(flag(flags, "InitialHeapSize")).isLessThanOrEqualTo(64L * 1024 * 1024);
    }
}

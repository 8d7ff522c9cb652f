package org.jsis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTests {

    @TempDir
    Path dir;

    @Test
    void parsesOptionsInBothForms() throws Exception {
        Path file = Files.writeString(dir.resolve("list.csv"), "source_ref,kind,name\n");
        ImportCommand c = ImportCommand.parse(
                new String[] {"--format=csv", "--owner", "kaz", "--source", "mvd", file.toString()}, "RUS");
        assertThat(c.request().format()).isEqualTo(ImportFormat.CSV);
        assertThat(c.request().ownerState()).isEqualTo("KAZ");
        assertThat(c.request().source()).isEqualTo("mvd");
        assertThat(ImportCommand.parse(new String[] {"--format", "un-xml", file.toString()}, "RUS")
                        .request()
                        .ownerState())
                .isEqualTo("RUS");
    }

    @Test
    void rejectsBadArgumentsNamingThem() throws Exception {
        Path file = Files.writeString(dir.resolve("list.csv"), "x");
        assertThatThrownBy(() -> ImportCommand.parse(new String[] {file.toString()}, "RUS"))
                .hasMessageContaining("--format");
        assertThatThrownBy(() -> ImportCommand.parse(new String[] {"--format", "xls", file.toString()}, "RUS"))
                .hasMessageContaining("un-xml|ftm|csv");
        assertThatThrownBy(() -> ImportCommand.parse(
                        new String[] {"--format", "csv", dir.resolve("none.csv").toString()}, "RUS"))
                .hasMessageContaining("cannot read");
        assertThatThrownBy(() ->
                        ImportCommand.parse(new String[] {"--format", "csv", "--owner", "RU", file.toString()}, "RUS"))
                .hasMessageContaining("alpha-3");
    }

    @Test
    void seesAnEmbeddedDatabaseInUseByALiveProcess() throws Exception {
        Files.createDirectories(dir.resolve("pg"));
        assertThat(ImportCommand.embeddedDatabaseInUse(dir)).isEmpty();
        Files.writeString(
                dir.resolve("pg/postmaster.pid"), ProcessHandle.current().pid() + "\n/data\n");
        assertThat(ImportCommand.embeddedDatabaseInUse(dir))
                .contains(ProcessHandle.current().pid());
        Files.writeString(dir.resolve("pg/postmaster.pid"), "999999999\n");
        assertThat(ImportCommand.embeddedDatabaseInUse(dir)).isEmpty();
    }
}

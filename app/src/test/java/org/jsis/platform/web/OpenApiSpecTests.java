package org.jsis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The committed {@code docs/openapi.yaml} is the API that JSIS serves: this test fails when an API
 * change was not written back. To regenerate it after a deliberate change, run
 * {@code mvn -pl app -am verify -Dtest=OpenApiSpecTests -Dsurefire.failIfNoSpecifiedTests=false -Djsis.openapi.write=true}
 * and review the diff like code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiSpecTests {

    static final Path SPEC = Path.of("..", "docs", "openapi.yaml");

    @Autowired
    MockMvcTester mvc;

    @Test
    void committedSpecMatchesTheServedOne() throws IOException {
        String served =
                mvc.get().uri("/v3/api-docs.yaml").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(served).contains("/api/v1/member-states");
        if (Boolean.getBoolean("jsis.openapi.write")) {
            Files.createDirectories(SPEC.getParent());
            Files.writeString(SPEC, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(SPEC))
                .as("%s exists (see this test's Javadoc to generate it)", SPEC)
                .isTrue();
        assertThat(Files.readString(SPEC, StandardCharsets.UTF_8))
                .as("docs/openapi.yaml is stale: regenerate it with -Djsis.openapi.write=true (see OpenApiSpecTests)")
                .isEqualTo(served);
    }
}
